"""The clause catalog: every obligation of articles 3–22 of the prefecture's guideline for
contractors, down to items, in our own short Japanese words (never the guideline's sentences),
with an English rendering and the article's title.

IDs: ``A3-2-6`` = article 3, paragraph 2, item 6; where an article has one paragraph the
paragraph is left out (``A12-4``, ``A10-5-ku``); kana sub-items are written ``-a -i -u -e -o
-ka -ki -ku`` (ア イ ウ エ オ カ キ ク). Article 11 has three paragraphs, so its items are
``A11-1-1`` … ``A11-1-10`` and its other paragraphs ``A11-2``, ``A11-3``.

What *serves* a clause is never listed here: it is looked up in the declarations — a register
whose ``clauses`` name the clause (or a parent of it: ``A16-5`` serves ``A16-5-a``…) and a
submittal form whose ``FormKind.clauses`` do (:func:`serving_registers`, :func:`serving_forms`).
``manual=True`` marks the clauses that records cannot decide (an act of care such as never
leaving a medium unattended): the officer confirms them periodically with a note.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from desktop.i18n import QT_TRANSLATE_NOOP, tr

CTX = "Compliance"

KANA = {"a": "ア", "i": "イ", "u": "ウ", "e": "エ", "o": "オ", "ka": "カ", "ki": "キ", "ku": "ク"}


@dataclass(frozen=True)
class Article:
    number: int
    title_ja: str
    title_en: str

    @property
    def title(self) -> str:
        return tr(CTX, self.title_ja)

    @property
    def label(self) -> str:
        return tr(CTX, "第{n}").format(n=self.number) + " " + self.title


@dataclass(frozen=True)
class Clause:
    id: str
    text_ja: str
    text_en: str
    manual: bool = False

    @property
    def article(self) -> int:
        return int(self.id[1:].split("-")[0])

    @property
    def text(self) -> str:
        return tr(CTX, self.text_ja)

    def text_for(self, lang: str = "ja") -> str:
        return self.text_en if lang == "en" else self.text

    @property
    def number_ja(self) -> str:
        """e.g. 第3 第2項 第6号 / 第10 第5号 ク (how the guideline numbers it)."""
        parts = self.id[1:].split("-")
        out = f"第{parts[0]}"
        rest = parts[1:]
        if len(rest) >= 2 and rest[1].isdigit():
            out += f" 第{rest[0]}項 第{rest[1]}号"
            rest = rest[2:]
        elif rest and rest[0].isdigit():
            out += f" 第{rest[0]}号" if self.article not in _PARAGRAPH_ARTICLES else f" 第{rest[0]}項"
            rest = rest[1:]
        for kana in rest:
            out += f" {KANA[kana]}"
        return out

    @property
    def article_key(self) -> int:
        return self.article


#: articles whose second-level numbers are paragraphs (項), not items (号)
_PARAGRAPH_ARTICLES = frozenset({3, 11})

ARTICLES: tuple[Article, ...] = (
    Article(3, QT_TRANSLATE_NOOP(CTX, "外部記憶媒体の管理"), "External storage media"),
    Article(4, QT_TRANSLATE_NOOP(CTX, "情報の持出し"), "Taking information out"),
    Article(5, QT_TRANSLATE_NOOP(CTX, "情報機器の管理"), "Equipment management"),
    Article(6, QT_TRANSLATE_NOOP(CTX, "情報機器の保守"), "Equipment maintenance"),
    Article(7, QT_TRANSLATE_NOOP(CTX, "機器の廃棄・リース返却"), "Disposal and lease return"),
    Article(8, QT_TRANSLATE_NOOP(CTX, "持込機器"), "Brought-in devices"),
    Article(9, QT_TRANSLATE_NOOP(CTX, "委託業者の義務"), "Contractor's duties"),
    Article(10, QT_TRANSLATE_NOOP(CTX, "設計・開発"), "Design and development"),
    Article(11, QT_TRANSLATE_NOOP(CTX, "アクセス制限"), "Access restriction"),
    Article(12, QT_TRANSLATE_NOOP(CTX, "外部とのデータ交換"), "Data exchange"),
    Article(13, QT_TRANSLATE_NOOP(CTX, "ウイルス対策"), "Malware protection"),
    Article(14, QT_TRANSLATE_NOOP(CTX, "ソフトウェア管理"), "Software management"),
    Article(15, QT_TRANSLATE_NOOP(CTX, "ネットワーク管理"), "Network management"),
    Article(16, QT_TRANSLATE_NOOP(CTX, "外部接続の管理"), "External connections"),
    Article(17, QT_TRANSLATE_NOOP(CTX, "運用手順"), "Operations procedures"),
    Article(18, QT_TRANSLATE_NOOP(CTX, "複製・送信の制限"), "Copying and sending"),
    Article(19, QT_TRANSLATE_NOOP(CTX, "システムの安全確保"), "System safety"),
    Article(20, QT_TRANSLATE_NOOP(CTX, "事故への対応"), "Incident response"),
    Article(21, QT_TRANSLATE_NOOP(CTX, "セキュリティ監査"), "Security audits"),
    Article(22, QT_TRANSLATE_NOOP(CTX, "その他の対策"), "Other measures"),
)

_C = Clause
CLAUSES: tuple[Clause, ...] = (
    # -- 3 external storage media
    _C("A3-1", QT_TRANSLATE_NOOP(CTX, "県の情報は許可なく外部媒体に保存しない"),
       "No prefecture data on external media without permission"),
    _C("A3-2-1", QT_TRANSLATE_NOOP(CTX, "重要情報の媒体を使う人をあらかじめ限る"),
       "Limit in advance who uses media with important data"),
    _C("A3-2-2", QT_TRANSLATE_NOOP(CTX, "媒体の複写・送付・持出し・廃棄は手順を決めて県の許可を得る"),
       "Copy, send, take out or dispose of media only by a set procedure and with permission"),
    _C("A3-2-3", QT_TRANSLATE_NOOP(CTX, "媒体はパスワード等で保護し、施錠保管する"),
       "Protect media (password etc.) and keep them locked"),
    _C("A3-2-4", QT_TRANSLATE_NOOP(CTX, "媒体の送付は親展・手渡し・暗号化などで守る"),
       "Send media sealed, by hand or encrypted"),
    _C("A3-2-5", QT_TRANSLATE_NOOP(CTX, "媒体を運送するときは責任範囲と手順を県に報告する"),
       "Report the transport procedure and responsibilities to the prefecture"),
    _C("A3-2-6", QT_TRANSLATE_NOOP(CTX, "媒体の廃棄は県の立会いで消去または破壊する"),
       "Dispose of media with the prefecture's witness: erase or destroy"),
    _C("A3-2-7", QT_TRANSLATE_NOOP(CTX, "用途を変えて再利用する媒体は県の立会いで消去する"),
       "Erase media with the prefecture's witness before reuse for another purpose"),
    _C("A3-2-8", QT_TRANSLATE_NOOP(CTX, "媒体を放置しない"),
       "Never leave media unattended", manual=True),
    _C("A3-2-9", QT_TRANSLATE_NOOP(CTX, "媒体で県に渡す前に最新の定義でウイルス検査する"),
       "Scan media with current patterns before handing data to the prefecture"),
    # -- 4
    _C("A4", QT_TRANSLATE_NOOP(CTX, "業務上の必要で情報を持ち出すときは県の許可を得る"),
       "Take information out only with permission"),
    # -- 5 equipment
    _C("A5-1-1", QT_TRANSLATE_NOOP(CTX, "県の情報を持つ機器の所在を定期的に確かめる"),
       "Check periodically that equipment exists"),
    _C("A5-1-2", QT_TRANSLATE_NOOP(CTX, "機器の持出しは県の許可を得る"),
       "Take equipment out only with permission"),
    _C("A5-2-1", QT_TRANSLATE_NOOP(CTX, "管理体制と責任範囲を県に出す"),
       "Submit the management structure and responsibilities"),
    _C("A5-2-2", QT_TRANSLATE_NOOP(CTX, "機器は施錠できる部屋やラックで物理的に守る"),
       "Protect equipment physically (locked room or rack)"),
    _C("A5-2-3", QT_TRANSLATE_NOOP(CTX, "障害時の連絡先を前もって関係者に知らせる"),
       "Make failure contacts known in advance"),
    _C("A5-2-4", QT_TRANSLATE_NOOP(CTX, "設定を変えるときは県の許可を得る"),
       "Change settings only with permission"),
    # -- 6, 7, 8, 9
    _C("A6", QT_TRANSLATE_NOOP(CTX, "重要情報を扱う機器の保守作業を記録し保管する"),
       "Record and keep maintenance work on important equipment"),
    _C("A7-1", QT_TRANSLATE_NOOP(CTX, "廃棄・返却する機器の情報を消去または破壊する"),
       "Erase or destroy data on disposed or returned equipment"),
    _C("A7-2", QT_TRANSLATE_NOOP(CTX, "廃棄・返却する機器から県のソフトを削除する"),
       "Uninstall prefecture software before disposal or return"),
    _C("A7-3", QT_TRANSLATE_NOOP(CTX, "廃棄・リース返却を記録し保管する"),
       "Record and keep disposals and lease returns"),
    _C("A8-1", QT_TRANSLATE_NOOP(CTX, "持込機器をつなぐ前に県の許可を得る"),
       "Connect brought-in devices only with permission"),
    _C("A8-2", QT_TRANSLATE_NOOP(CTX, "持込機器のウイルス対策・パッチ等を確かめる"),
       "Confirm malware protection and patches on brought-in devices"),
    _C("A8-3", QT_TRANSLATE_NOOP(CTX, "私物の機器は使わない"),
       "No personal devices"),
    _C("A9-1", QT_TRANSLATE_NOOP(CTX, "管理体制を明らかにして県に示す"),
       "Make the management structure clear to the prefecture"),
    _C("A9-2", QT_TRANSLATE_NOOP(CTX, "名札または身分証を着ける"),
       "Wear name badges"),
    # -- 10 design and development
    _C("A10-1", QT_TRANSLATE_NOOP(CTX, "本番データをテストに使わない（やむを得ないときは許可と保護）"),
       "No production data as test data (unless permitted and protected)"),
    _C("A10-2", QT_TRANSLATE_NOOP(CTX, "開発・運用の媒体と資料を施錠保管する"),
       "Keep development media and documents locked"),
    _C("A10-3", QT_TRANSLATE_NOOP(CTX, "テスト計画を作りセキュリティ機能の動作を確かめる"),
       "Plan tests and confirm the security functions work"),
    _C("A10-4", QT_TRANSLATE_NOOP(CTX, "導入で既存システムに影響がないことを確かめる"),
       "Confirm no impact on existing systems"),
    _C("A10-5-a", QT_TRANSLATE_NOOP(CTX, "利用者を個別のIDで識別できる"),
       "Individual user IDs"),
    _C("A10-5-i", QT_TRANSLATE_NOOP(CTX, "入力したパスワードを画面に出さない"),
       "Passwords masked on screen"),
    _C("A10-5-u", QT_TRANSLATE_NOOP(CTX, "管理者がIDとパスワードを設定・削除できる"),
       "Administrator sets and deletes IDs and passwords"),
    _C("A10-5-e", QT_TRANSLATE_NOOP(CTX, "利用者が自分でパスワードを変えられる"),
       "Users change their own password"),
    _C("A10-5-o", QT_TRANSLATE_NOOP(CTX, "認証の履歴を集めて保管できる"),
       "Authentication history kept"),
    _C("A10-5-ka", QT_TRANSLATE_NOOP(CTX, "重要情報の送信を暗号化などで守る"),
       "Important data encrypted in transit"),
    _C("A10-5-ki", QT_TRANSLATE_NOOP(CTX, "重要情報を内容に応じて暗号化する"),
       "Important data encrypted as needed"),
    _C("A10-5-ku", QT_TRANSLATE_NOOP(CTX, "重要情報を扱う端末を限定する"),
       "Terminals restricted"),
    # -- 11 access restriction
    _C("A11-1-1", QT_TRANSLATE_NOOP(CTX, "登録・変更・削除の手順を含む運用手順を守る"),
       "Follow the procedures for registering, changing and deleting users", manual=True),
    _C("A11-1-2", QT_TRANSLATE_NOOP(CTX, "重要システムのIDは一人ずつ割り当てる"),
       "One ID per person on important systems"),
    _C("A11-1-3", QT_TRANSLATE_NOOP(CTX, "管理者が認めた人だけを登録する"),
       "Register only users the administrator approved"),
    _C("A11-1-4", QT_TRANSLATE_NOOP(CTX, "不要になったIDはすぐ削除する"),
       "Delete unneeded IDs promptly"),
    _C("A11-1-5", QT_TRANSLATE_NOOP(CTX, "利用者の登録状況を定期的に確かめる"),
       "Review user registrations periodically"),
    _C("A11-1-6", QT_TRANSLATE_NOOP(CTX, "管理者の接続履歴を定期的に調べる"),
       "Inspect administrators' connection history periodically"),
    _C("A11-1-7", QT_TRANSLATE_NOOP(CTX, "発行したIDには必ずパスワードを設定する"),
       "Every ID has a password"),
    _C("A11-1-8", QT_TRANSLATE_NOOP(CTX, "推測しにくいパスワードにさせる"),
       "Passwords hard to guess", manual=True),
    _C("A11-1-9", QT_TRANSLATE_NOOP(CTX, "パスワードを定期的に変えさせる"),
       "Passwords changed periodically", manual=True),
    _C("A11-1-10", QT_TRANSLATE_NOOP(CTX, "アクセスできる人を必要最小限にする"),
       "Least privilege"),
    _C("A11-2", QT_TRANSLATE_NOOP(CTX, "権限のない者は重要情報にアクセスしない"),
       "No access to important data without rights",
       manual=True),
    _C("A11-3", QT_TRANSLATE_NOOP(CTX, "権限があっても業務外の目的でアクセスしない"),
       "No access for purposes outside the work",
       manual=True),
    # -- 12 data exchange
    _C("A12-1", QT_TRANSLATE_NOOP(CTX, "決めた回線・方法でデータを交換する"),
       "Exchange data by the agreed line and method"),
    _C("A12-2", QT_TRANSLATE_NOOP(CTX, "決められた保存領域だけを使う"),
       "Use only the designated storage area"),
    _C("A12-3", QT_TRANSLATE_NOOP(CTX, "交換後は保存領域からデータを消す"),
       "Delete data from the area after the exchange"),
    _C("A12-4", QT_TRANSLATE_NOOP(CTX, "交換後にサイズや内容を元と照らし合わせる"),
       "Verify size or content against the original"),
    _C("A12-5", QT_TRANSLATE_NOOP(CTX, "接続する前に交換日程を決める"),
       "Schedule before connecting"),
    _C("A12-6", QT_TRANSLATE_NOOP(CTX, "相手・日時・方法・内容を記録する"),
       "Record counterpart, time, method and content"),
    _C("A12-7", QT_TRANSLATE_NOOP(CTX, "重要情報を外部に渡すときは県の了解を得る"),
       "Prefecture's consent before giving data to others"),
    # -- 13 malware
    _C("A13-1", QT_TRANSLATE_NOOP(CTX, "ウイルスの予防と検出の対策をとる"),
       "Prevent and detect malware"),
    _C("A13-2", QT_TRANSLATE_NOOP(CTX, "インターネットにつながる機器に対策ソフトを入れる"),
       "Malware protection on internet-facing devices"),
    _C("A13-3", QT_TRANSLATE_NOOP(CTX, "定義ファイルを最新に保つ"),
       "Keep patterns current"),
    _C("A13-4", QT_TRANSLATE_NOOP(CTX, "最新の定義で定期的に検査する"),
       "Scan periodically with current patterns"),
    _C("A13-5", QT_TRANSLATE_NOOP(CTX, "必要なパッチを当てる"),
       "Apply needed patches"),
    # -- 14 software
    _C("A14-1", QT_TRANSLATE_NOOP(CTX, "ライセンスを守り海賊版を使わない"),
       "Licensed software only"),
    _C("A14-2", QT_TRANSLATE_NOOP(CTX, "ファイル共有ソフトや不要なソフトを使わない"),
       "No file-sharing or unneeded software"),
    # -- 15 network
    _C("A15-1-a", QT_TRANSLATE_NOOP(CTX, "ネットワーク構成図を作る"),
       "Network diagram"),
    _C("A15-1-i", QT_TRANSLATE_NOOP(CTX, "ネットワークの運用管理方法を文書にする"),
       "Network operation procedure"),
    _C("A15-1-u", QT_TRANSLATE_NOOP(CTX, "ネットワーク接続基準を文書にする"),
       "Network connection criteria"),
    _C("A15-1-e", QT_TRANSLATE_NOOP(CTX, "ネットワーク障害時の対応を文書にする"),
       "Network failure response"),
    _C("A15-2", QT_TRANSLATE_NOOP(CTX, "管理資料の不備や変更を直す"),
       "Keep the network documents current"),
    _C("A15-3", QT_TRANSLATE_NOOP(CTX, "重要な回線・機器を必要に応じて二重化する"),
       "Redundancy where needed"),
    _C("A15-4", QT_TRANSLATE_NOOP(CTX, "外部機関の網とは接続仕様どおりに対策する"),
       "Follow the connection specification of external networks"),
    _C("A15-5", QT_TRANSLATE_NOOP(CTX, "外部網からの接続はファイアウォールで守る"),
       "Firewall for connections from outside"),
    _C("A15-6", QT_TRANSLATE_NOOP(CTX, "外部経由の接続は必要に応じて利用者を認証する"),
       "Authenticate users connecting from outside"),
    _C("A15-7", QT_TRANSLATE_NOOP(CTX, "インターネット利用の手順を作る"),
       "Internet use procedure"),
    _C("A15-8", QT_TRANSLATE_NOOP(CTX, "メールの送受信の履歴を取る"),
       "Mail logs with sender and recipient"),
    _C("A15-9-a", QT_TRANSLATE_NOOP(CTX, "ファイアウォール等で通すポート・方向・理由を定める"),
       "Ports, direction and reason defined"),
    _C("A15-9-i", QT_TRANSLATE_NOOP(CTX, "ファイアウォール等で通信元と通信先を定める"),
       "Source and destination defined"),
    _C("A15-10", QT_TRANSLATE_NOOP(CTX, "通すポートは最小限にする"),
       "Minimal open ports"),
    _C("A15-11", QT_TRANSLATE_NOOP(CTX, "ファイアウォールの不正アクセス履歴を記録する"),
       "Firewall intrusion logs"),
    _C("A15-12", QT_TRANSLATE_NOOP(CTX, "ファイアウォールの設定を外部に出さない"),
       "Firewall settings never published"),
    # -- 16 external connections
    _C("A16-1", QT_TRANSLATE_NOOP(CTX, "外部接続の利用者の管理担当を決めて管理する"),
       "Named manager for external-connection users"),
    _C("A16-2", QT_TRANSLATE_NOOP(CTX, "外部接続の利用者を限る"),
       "Limit external-connection users"),
    _C("A16-3", QT_TRANSLATE_NOOP(CTX, "専用線でなければコールバック等で認証する"),
       "Callback or caller ID when not a dedicated line"),
    _C("A16-4", QT_TRANSLATE_NOOP(CTX, "外部接続の履歴を取り不正の兆しを探す"),
       "Connection logs checked for intrusion"),
    _C("A16-5-a", QT_TRANSLATE_NOOP(CTX, "認証情報をなくしたときの再発行手順を作る"),
       "Procedure: reissue of lost credentials"),
    _C("A16-5-i", QT_TRANSLATE_NOOP(CTX, "利用時の注意点を手順にまとめる"),
       "Procedure: security points for users"),
    _C("A16-5-u", QT_TRANSLATE_NOOP(CTX, "電話番号の管理を手順にまとめる"),
       "Procedure: managing phone numbers"),
    _C("A16-6", QT_TRANSLATE_NOOP(CTX, "異動・退職で不要になったIDはすぐ削除する"),
       "Delete IDs on transfer or retirement"),
    # -- 17 operations
    _C("A17-1-a", QT_TRANSLATE_NOOP(CTX, "運用手順: 運用スケジュール"),
       "Procedure: operations schedule"),
    _C("A17-1-i", QT_TRANSLATE_NOOP(CTX, "運用手順: 他システムとの接続"),
       "Procedure: connections to other systems"),
    _C("A17-1-u", QT_TRANSLATE_NOOP(CTX, "運用手順: ソフトウェアの利用制限"),
       "Procedure: software restrictions"),
    _C("A17-1-e", QT_TRANSLATE_NOOP(CTX, "運用手順: 重要データのバックアップ"),
       "Procedure: backups of important data"),
    _C("A17-1-o", QT_TRANSLATE_NOOP(CTX, "運用手順: 接続履歴の記録"),
       "Procedure: recording connection logs"),
    _C("A17-1-ka", QT_TRANSLATE_NOOP(CTX, "運用手順: 異常を見つけたときの対処"),
       "Procedure: handling anomalies"),
    _C("A17-2", QT_TRANSLATE_NOOP(CTX, "不要な機能を止め不要なソフトを消す"),
       "Disable unneeded features and software"),
    _C("A17-3", QT_TRANSLATE_NOOP(CTX, "変更のあとで正常に動くか確かめる"),
       "Confirm normal operation after a change"),
    _C("A17-4", QT_TRANSLATE_NOOP(CTX, "変更の操作と設定値の変更を記録し保管する"),
       "Record operations and setting changes"),
    _C("A17-5", QT_TRANSLATE_NOOP(CTX, "運用が変わるときは教育計画を作り教育する"),
       "Training plan and training when operations change"),
    _C("A17-6", QT_TRANSLATE_NOOP(CTX, "担当交代では引継資料を作り引き継ぐ"),
       "Handover documents when staff change"),
    _C("A17-7", QT_TRANSLATE_NOOP(CTX, "事故時の連絡体制と責任を明らかにする"),
       "Incident contacts and responsibilities"),
    _C("A17-8", QT_TRANSLATE_NOOP(CTX, "重要情報の媒体・経路・保管を必要に応じて点検する"),
       "Inspect media, paths and storage as needed"),
    _C("A17-9", QT_TRANSLATE_NOOP(CTX, "重要情報の誤りを見つけたら県に知らせる"),
       "Report errors found in important data"),
    # -- 18 copying
    _C("A18-1", QT_TRANSLATE_NOOP(CTX, "重要情報の複製は県の許可を得る"),
       "Copy important data only with permission"),
    _C("A18-2", QT_TRANSLATE_NOOP(CTX, "重要情報の送信は県の許可を得る"),
       "Send important data only with permission"),
    _C("A18-3", QT_TRANSLATE_NOOP(CTX, "その他の管理に障る行為は県の許可を得る"),
       "Other risky acts only with permission"),
    # -- 19 system safety
    _C("A19-1", QT_TRANSLATE_NOOP(CTX, "重要情報へのアクセスを記録・保存し分析する"),
       "Record, keep and analyse access"),
    _C("A19-2", QT_TRANSLATE_NOOP(CTX, "アクセス記録の改ざん・消去を防ぐ"),
       "Protect access records from tampering", manual=True),
    _C("A19-3", QT_TRANSLATE_NOOP(CTX, "入力を原票や既存情報と照らし合わせる"),
       "Verify input against the source"),
    _C("A19-4", QT_TRANSLATE_NOOP(CTX, "端末から離れるときはログオフする"),
       "Log off terminals", manual=True),
    _C("A19-5", QT_TRANSLATE_NOOP(CTX, "重要情報の改ざん・漏えい・消去を防ぐ"),
       "Protect important data", manual=True),
    # -- 20 incidents
    _C("A20-1", QT_TRANSLATE_NOOP(CTX, "事故でシステムに影響があればすぐ県に知らせ回復する"),
       "Report incidents promptly and recover"),
    _C("A20-2-a", QT_TRANSLATE_NOOP(CTX, "事故対応手順: 原因の調べ方"),
       "Runbook: cause investigation"),
    _C("A20-2-i", QT_TRANSLATE_NOOP(CTX, "事故対応手順: 履歴と証拠の集め方・保管"),
       "Runbook: logs and evidence"),
    _C("A20-2-u", QT_TRANSLATE_NOOP(CTX, "事故対応手順: システムの回復"),
       "Runbook: system recovery"),
    _C("A20-3", QT_TRANSLATE_NOOP(CTX, "事故対応手順書を必要に応じて見直す"),
       "Review the runbooks"),
    _C("A20-4", QT_TRANSLATE_NOOP(CTX, "回復後に動作を確かめ、原因・回復・再発防止を報告する"),
       "After recovery: confirm operation and report cause, recovery and prevention"),
    # -- 21, 22
    _C("A21", QT_TRANSLATE_NOOP(CTX, "セキュリティ監査に協力する"),
       "Cooperate with security audits"),
    _C("A22", QT_TRANSLATE_NOOP(CTX, "業務に応じた対策をほかにも行う"),
       "Other measures suited to the work"),
)

_BY_ID = {c.id: c for c in CLAUSES}
_ARTICLE = {a.number: a for a in ARTICLES}


def get(clause_id: str) -> Clause:
    from desktop.errors import NotFound

    try:
        return _BY_ID[clause_id]
    except KeyError:
        raise NotFound(tr(CTX, "条項「{id}」はありません（例: A12-3、A10-5-ku）。").format(id=clause_id)) from None


def exists(clause_id: str) -> bool:
    return clause_id in _BY_ID


def article(number: int) -> Article:
    return _ARTICLE[number]


def covers(declared: str, clause_id: str) -> bool:
    """A declared ID serves a catalog clause when it names it or a parent of it
    (``A16-5`` serves ``A16-5-a``; ``A12`` serves every item of article 12)."""
    return clause_id == declared or clause_id.startswith(declared + "-")


@functools.cache
def resolve(declared: str) -> tuple[str, ...]:
    """The catalog clauses a declared ID serves (itself, or its children)."""
    return tuple(c.id for c in CLAUSES if covers(declared, c.id))


def serving_registers(clause_id: str) -> list[str]:
    """Slugs of the registers whose declared clauses serve ``clause_id`` (declaration order)."""
    from desktop.registers import definitions

    return [r.slug for r in definitions.all_registers() if any(covers(d, clause_id) for d in r.clauses)]


def serving_forms(clause_id: str) -> list[str]:
    """Slugs of the submittal forms whose ``FormKind.clauses`` serve ``clause_id``."""
    from desktop.submittals import forms

    return [k.slug for k in forms.ordered() if any(covers(d, clause_id) for d in k.clauses)]
