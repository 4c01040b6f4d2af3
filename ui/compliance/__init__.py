"""The compliance screens: the shared derived state (:mod:`.state`), the clause view and
duty calendar (:mod:`.section`), the charts (:mod:`.charts`)."""
