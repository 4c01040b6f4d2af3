"""教育計画 (training-plans): the same "今年度未受講の従事者" box as the sessions."""

from ui.registers.ext.training_sessions import TrainingExtras

EXTRAS = TrainingExtras
