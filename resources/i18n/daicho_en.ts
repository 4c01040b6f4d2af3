<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja_JP">
    <context>
        <name>Accounts</name>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="36" />
            <source>ユーザーIDは半角英数字と . _ - で2〜32文字にしてください（先頭は英数字）。</source>
            <translation>A user ID is 2–32 characters: letters, digits and . _ - (starting with a letter or digit).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="81" />
            <source>ユーザーIDを含めないでください。</source>
            <translation>Do not include the user ID.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="83" />
            <source>先頭や末尾に空白を入れないでください。</source>
            <translation>Do not begin or end with a space.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="79" />
            <source>{n} 文字以上にしてください（現在 {m} 文字）。</source>
            <translation>Use at least {n} characters (currently {m}).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="92" />
            <source>最近使ったパスワード（過去 {n} 回分）は使えません。</source>
            <translation>A recently used password (the last {n}) cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="94" />
            <source>このパスワードは使えません。</source>
            <translation>This password cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="88" />
            <source>推測されやすいパスワードです（強度 {score}/4、必要 {need}/4）。</source>
            <translation>This password is easy to guess (strength {score}/4, required {need}/4).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="90" />
            <source>より長く、予測しにくい組み合わせにしてください。</source>
            <translation>Make it longer and less predictable.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="102" />
            <source>氏名を入力してください。</source>
            <translation>Please enter a name.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="104" />
            <location filename="../../desktop/accounts/service.py" line="133" />
            <source>役割を選んでください。</source>
            <translation>Please choose a role.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="106" />
            <location filename="../../desktop/vault/changes.py" line="202" />
            <source>このユーザーIDはすでに使われています（削除済みのIDも再利用できません）。</source>
            <translation>This user ID is already taken (IDs of deleted users cannot be reused either).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="152" />
            <source>有効な管理者が1人もいなくなるため、この操作はできません。</source>
            <translation>This is not possible: no enabled administrator would remain.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="180" />
            <source>自分自身を削除することはできません。</source>
            <translation>You cannot delete yourself.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="221" />
            <source>新しいパスワードが現在のものと同じです。</source>
            <translation>The new password is the same as the current one.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="223" />
            <source>現在のパスワードが違います。</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="81" />
            <source>ユーザーが見つかりません: {id}</source>
            <translation>User not found: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="162" />
            <source>自分自身を無効にすることはできません。</source>
            <translation>You cannot disable yourself.</translation>
        </message>
        <message>
            <location filename="../../desktop/session.py" line="12" />
            <source>管理者</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/session.py" line="13" />
            <source>担当者</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../desktop/session.py" line="14" />
            <source>閲覧者</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <location filename="../../desktop/session.py" line="40" />
            <location filename="../../desktop/session.py" line="46" />
            <source>初期パスワードのままです。先にパスワードを変更してください。</source>
            <translation>You are still using the initial password. Please change your password first.</translation>
        </message>
        <message>
            <location filename="../../desktop/session.py" line="42" />
            <source>閲覧者の権限では変更できません。</source>
            <translation>A viewer cannot make changes.</translation>
        </message>
        <message>
            <location filename="../../desktop/session.py" line="48" />
            <source>この操作は管理者だけが行えます。</source>
            <translation>Only an administrator can do this.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="214" />
            <source>エラー</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="210" />
            <source>予期しないエラーが発生しました（{kind}）。
作業中の内容は保存されていない可能性があります。解決しない場合は、ログファイルを添えて管理者に連絡してください。</source>
            <translation>An unexpected error occurred ({kind}).
Work in progress may not have been saved. If the problem persists, contact your administrator and include the log file.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="335" />
            <source>パスワードを変更しなかったため、ログアウトしました。</source>
            <translation>You were logged out because the password was not changed.</translation>
        </message>
    </context>
    <context>
        <name>Attachments</name>
        <message>
            <location filename="../../ui/registers/attachments.py" line="180" />
            <source>名前を付けて保存</source>
            <translation>Save as</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="180" />
            <location filename="../../ui/registers/attachments.py" line="324" />
            <source>すべてのファイル (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="100" />
            <source>（保存時に計算）</source>
            <translation>(computed when saved)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="101" />
            <source>保存時に追加</source>
            <translation>Added when saved</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="118" />
            <location filename="../../ui/registers/attachments.py" line="151" />
            <source>添付ファイルを選ぶと、ここに内容が表示されます（画像・PDF）。</source>
            <translation>Select an attachment to see its contents here (images and PDF).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="203" />
            <source>表示</source>
            <translation>View</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="205" />
            <source>名前を付けて保存…</source>
            <translation>Save as…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="207" />
            <source>添付を削除…</source>
            <translation>Delete attachment…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="209" />
            <source>選んだ添付ファイルを削除します（管理者のみ。理由は監査ログに記録されます）。</source>
            <translation>Deletes the selected attachment (administrators only; the reason is recorded in the audit log).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="274" />
            <source>添付ファイルの削除</source>
            <translation>Delete attachment</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="301" />
            <source>ファイルを追加…</source>
            <translation>Add file…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="303" />
            <source>追加を取り消す</source>
            <translation>Undo adding</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="307" />
            <source>ファイルは暗号化して台帳の中に保存されます。</source>
            <translation>Files are encrypted and stored inside the vault.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="324" />
            <source>添付するファイル</source>
            <translation>File to attach</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="47" />
            <source>{n} バイト</source>
            <translation>{n} bytes</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="59" />
            <source>ファイル名</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="59" />
            <source>サイズ</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="59" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="60" />
            <source>追加</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="164" />
            <source>画像として表示できませんでした。「名前を付けて保存」で保存して確認してください。</source>
            <translation>The file could not be shown as an image. Save it with "Save as" to check it.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="175" />
            <source>この形式（{type}）はアプリ内で表示できません。「名前を付けて保存」で保存して開いてください。</source>
            <translation>This format ({type}) cannot be shown in the application. Save it with "Save as" and open it.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="275" />
            <source>「{name}」（{size}、SHA-256 {sha}…）を削除します。削除は監査ログに理由とともに記録され、元に戻せません。</source>
            <translation>"{name}" ({size}, SHA-256 {sha}…) will be deleted. The deletion is recorded in the audit log with the reason and cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="170" />
            <source>PDFを表示できませんでした。「名前を付けて保存」で保存して確認してください。</source>
            <translation>The PDF could not be shown. Save it with "Save as" to check it.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/attachments.py" line="252" />
            <source>大きなファイル（{size}）は表示しません。「名前を付けて保存」で保存して開いてください。</source>
            <translation>Large files ({size}) are not shown. Save it with "Save as" and open it.</translation>
        </message>
    </context>
    <context>
        <name>Audit</name>
        <message>
            <location filename="../../desktop/audit/trail.py" line="288" />
            <source>改ざんは検出されませんでした（{count} 件を検証）。</source>
            <translation>No tampering detected ({count} entries verified).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="270" />
            <source>監査ログの {seq} 番の記録が欠落しています（削除された可能性があります）。</source>
            <translation>Audit log entry {seq} is missing (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="272" />
            <source>監査ログの {seq} 番の記録が改ざんされています。</source>
            <translation>Audit log entry {seq} has been altered.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="279" />
            <source>監査ログの末尾（{first} 番から {last} 番）が削除されています。</source>
            <translation>The last audit log entries ({first} to {last}) have been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="286" />
            <source>監査ログの {seq} 番の記録が鍵ファイルの記録と一致しません。</source>
            <translation>Audit log entry {seq} does not match the record in the key file.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="247" />
            <source>鍵ファイルに監査ログの末尾の記録がないため、末尾の削除を検出できません（鍵ファイルが差し替えられた可能性があります）。</source>
            <translation>The key file holds no record of the last audit log entry, so deletion of the last entries cannot be detected (the key file may have been replaced).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="205" />
            <source>鍵ファイルのリカバリーキーが、台帳に記録されたリカバリーキーと一致しません。</source>
            <translation>The recovery key in the key file does not match the recovery key recorded in the vault.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="170" />
            <source>署名のない監査ログの記録が {n} 件あります（最初は {seq} 番）。</source>
            <translation>{n} audit log entries are not signed (the first is no. {seq}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="175" />
            <source>本人以外が署名した監査ログの記録が {n} 件あります（最初は {seq} 番）。</source>
            <translation>{n} audit log entries are signed by someone other than their actor (the first is no. {seq}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="243" />
            <source>監査ログの末尾（{first} 番から {last} 番）が、台帳を閉じている間に削除されていました（{at} に検出、記録 {seq} 番）。</source>
            <translation>The last audit log entries ({first} to {last}) were deleted while the vault was closed (detected at {at}, entry {seq}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="251" />
            <source>監査ログの {seq} 番: 台帳が古い版に戻された（ロールバック）ことが記録されています。</source>
            <translation>Audit log entry {seq}: the vault was found rolled back to an older copy.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="150" />
            <source>利用者 {user} の役割（{role}）が、管理者が署名した記録（{granted}）と一致しません。</source>
            <translation>The role of user {user} ({role}) does not match what an administrator granted in a signed entry ({granted}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="153" />
            <source>利用者 {user} は削除された記録がありますが、利用者一覧では削除されていません。</source>
            <translation>User {user} was deleted according to the trail but is not deleted in the user list.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="157" />
            <source>利用者 {user} の署名鍵が、記録された鍵と一致しません。</source>
            <translation>The signing key of user {user} does not match the recorded key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="181" />
            <source>監査ログの {seq} 番の署名者 {user} の鍵が記録されていません。</source>
            <translation>No key is on record for {user}, who signed audit log entry {seq}.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="196" />
            <source>鍵ファイルに、有効な利用者と一致しない鍵スロットがあります: {user}</source>
            <translation>The key file holds a key slot that matches no enabled user: {user}</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="200" />
            <source>鍵ファイルに、登録記録のない端末があります: {id}</source>
            <translation>The key file holds a terminal with no registration on record: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="98" />
            <source>監査ログの {seq} 番（台帳の作成）の署名が最初の管理者の鍵と一致しません。</source>
            <translation>The signature of audit log entry {seq} (vault created) does not match the first administrator's key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="102" />
            <source>監査ログの {seq} 番（{user} のパスワード変更）の署名が本人の鍵と一致しません。</source>
            <translation>The signature of audit log entry {seq} ({user} changed their password) does not match their key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="108" />
            <source>監査ログの {seq} 番で、{user} の署名鍵が管理者の承認なしに差し替えられています。</source>
            <translation>In audit log entry {seq}, the signing key of {user} was replaced without an administrator's approval.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="117" />
            <source>監査ログの {seq} 番（{action} {user}）は、その時点の管理者によって署名されていません（署名者: {signer}）。</source>
            <translation>Audit log entry {seq} ({action} {user}) is not signed by an administrator of that time (signed by: {signer}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="147" />
            <source>利用者 {user} は、管理者が署名した登録記録がありません（台帳が直接書き換えられた可能性があります）。</source>
            <translation>User {user} has no registration signed by an administrator (the vault may have been edited directly).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="155" />
            <source>利用者 {user} の有効／無効が、管理者が署名した記録と一致しません。</source>
            <translation>Whether user {user} is enabled does not match the entries signed by an administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="183" />
            <source>監査ログの {seq} 番（{user} が最後に署名した記録）の署名が一致しません。この番号以前の記録が書き換えられた可能性があります。</source>
            <translation>The signature of audit log entry {seq} (the last one {user} signed) does not match. Entries up to this number may have been rewritten.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="120" />
            <source>監査ログの {seq} 番（{action} {user}）の署名が署名者の鍵と一致しません。</source>
            <translation>The signature of audit log entry {seq} ({action} {user}) does not match the signer's key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="112" />
            <source>監査ログの {seq} 番の署名が一致しません。</source>
            <translation>The signature of audit log entry {seq} does not match.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/witness.py" line="66" />
            <source>監査ログが、このPCで前回確認した状態（{seen} 番まで）より短くなっています（現在 {now} 番まで）。台帳が古い版に戻された（ロールバック）か、末尾が削除された可能性があります。</source>
            <translation>The audit log is shorter than this PC last saw it (up to no. {seen}; now up to no. {now}). The vault may have been rolled back to an older copy, or its last entries deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/witness.py" line="70" />
            <source>監査ログの {seq} 番の記録が、このPCで前回確認した内容と一致しません（履歴が書き換えられた可能性があります）。</source>
            <translation>Audit log entry {seq} differs from what this PC last saw (the history may have been rewritten).</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="38" />
            <source>番号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="39" />
            <source>日時</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="40" />
            <location filename="../../ui/admin/audit_log.py" line="213" />
            <source>ユーザー</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="41" />
            <location filename="../../ui/admin/audit_log.py" line="215" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="42" />
            <source>対象</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="43" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="48" />
            <source>ログイン</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="49" />
            <source>リカバリーキーでログイン</source>
            <translation>Login with recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="50" />
            <source>認証失敗</source>
            <translation>Authentication failure</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="51" />
            <source>ロックアウト</source>
            <translation>Lockout</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="52" />
            <source>ログイン拒否</source>
            <translation>Login refused</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="53" />
            <source>ログアウト</source>
            <translation>Logout</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="54" />
            <source>画面ロック</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="55" />
            <source>ロック解除</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="56" />
            <source>パスワード変更</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="57" />
            <source>パスワード再設定</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="58" />
            <source>ユーザー追加</source>
            <translation>User added</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="59" />
            <source>ユーザー変更</source>
            <translation>User changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="60" />
            <source>ユーザー有効化</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="61" />
            <source>ユーザー無効化</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="62" />
            <source>ユーザー削除</source>
            <translation>User deleted</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="63" />
            <source>設定変更</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="64" />
            <source>端末登録</source>
            <translation>Terminal registered</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="65" />
            <source>端末削除</source>
            <translation>Terminal removed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="66" />
            <source>端末の限定を有効化</source>
            <translation>Terminal binding enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="67" />
            <source>端末の限定を無効化</source>
            <translation>Terminal binding disabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="68" />
            <source>台帳作成</source>
            <translation>Vault created</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="69" />
            <source>暗号鍵の更新</source>
            <translation>Encryption key renewed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="70" />
            <source>リカバリーキー再発行</source>
            <translation>Recovery key reissued</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="71" />
            <source>リカバリーキー保管票の出力</source>
            <translation>Recovery key sheet output</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="72" />
            <source>鍵ファイルの状態を検証できず</source>
            <translation>Key-file state could not be verified</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="73" />
            <source>暗号鍵の更新に失敗</source>
            <translation>Re-key failed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="74" />
            <source>監査ログの書き出し</source>
            <translation>Audit log exported</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="75" />
            <source>監査ログ末尾の欠落を検出</source>
            <translation>Missing audit-log tail detected</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="76" />
            <source>その他の認証イベント</source>
            <translation>Other authentication event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="77" />
            <source>記録の作成</source>
            <translation>Record created</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="78" />
            <source>記録の変更</source>
            <translation>Record changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="79" />
            <source>記録の削除</source>
            <translation>Record deleted</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="80" />
            <source>CSV書き出し</source>
            <translation>CSV export</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="81" />
            <source>CSV取り込み</source>
            <translation>CSV import</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="82" />
            <source>添付ファイルの追加</source>
            <translation>Attachment added</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="83" />
            <source>添付ファイルの削除</source>
            <translation>Attachment removed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="84" />
            <source>添付ファイルの保存</source>
            <translation>Attachment saved to file</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="85" />
            <source>提出書類の発行</source>
            <translation>Submittal issued</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="86" />
            <source>提出書類の保存</source>
            <translation>Submittal saved</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="87" />
            <source>提出書類の印刷</source>
            <translation>Submittal printed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="88" />
            <source>バックアップ作成</source>
            <translation>Backup created</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="89" />
            <source>バックアップから復元</source>
            <translation>Restored from backup</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="90" />
            <source>バックアップを別の場所へ復元</source>
            <translation>Backup restored to another location</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="91" />
            <source>バックアップで台帳を置き換え</source>
            <translation>Vault replaced from backup</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="96" />
            <source>すべての操作</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="97" />
            <source>認証（ログイン・ロック・パスワード）</source>
            <translation>Authentication (login, lock, password)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="98" />
            <source>ユーザー管理</source>
            <translation>User administration</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="99" />
            <source>設定</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="100" />
            <source>端末</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="101" />
            <source>台帳・鍵</source>
            <translation>Vault and keys</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="102" />
            <source>記録の作成・変更・削除</source>
            <translation>Records (create, change, delete)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="103" />
            <source>提出書類（発行・印刷・保存）</source>
            <translation>Submittals (issue, print, save)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="104" />
            <source>バックアップ・復元</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="352" />
            <location filename="../../ui/admin/audit_log.py" line="183" />
            <source>監査ログ</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="196" />
            <source>期間</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="209" />
            <source>表示</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="236" />
            <source>&lt; 新しい記録</source>
            <translation>&lt; Newer entries</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="238" />
            <source>古い記録 &gt;</source>
            <translation>Older entries &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="243" />
            <source>チェーンを検証</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="256" />
            <source>監査ログは追記のみで、各記録は直前の記録と暗号的に連結されています。「チェーンを検証」で、記録の改ざん・削除がないかを確かめられます。</source>
            <translation>The audit log is append-only, and each entry is cryptographically chained to the one before it. "Verify chain" checks that no entry has been altered or deleted.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="276" />
            <source>全員</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="333" />
            <source>監査ログを検証しています…</source>
            <translation>Verifying the audit log…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="157" />
            <source>（システム）</source>
            <translation>(system)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="313" />
            <source>{page} ページ目（{count} 件表示）</source>
            <translation>Page {page} ({count} entries shown)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="338" />
            <source>✓ 改ざんなし（{n}件検証）</source>
            <translation>✓ No tampering ({n} entries verified)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="342" />
            <source>✗ 改ざんを検出しました: {message}（最初の異常は {seq} 番）</source>
            <translation>✗ Tampering detected: {message} (first problem at entry {seq})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/auth_history.py" line="15" />
            <location filename="../../ui/admin/auth_history.py" line="13" />
            <source>認証履歴</source>
            <translation>Authentication history</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../desktop/backup/export.py" line="127" />
            <source>保存先がフォルダーです: {path}</source>
            <translation>The destination is a folder: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="212" />
            <source>中断しました。</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="102" />
            <source>バックアップのパスフレーズを入力してください。</source>
            <translation>Please enter the backup passphrase.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="104" />
            <source>x'…' の形のパスフレーズは使えません（SQLCipher が生の鍵として扱うため）。</source>
            <translation>A passphrase of the form x'…' cannot be used (SQLCipher would treat it as a raw key).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="106" />
            <source>パスフレーズに使えない文字が含まれています。</source>
            <translation>The passphrase contains characters that cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="213" />
            <source>書き込み中にエラーが発生しました: {path}（{reason}）</source>
            <translation>An error occurred while writing: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="58" />
            <source>キャンセルしました。途中のファイルは残していません。</source>
            <translation>Cancelled. No partial file has been left behind.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="208" />
            <source>ディスクの空き容量が不足しているため書き込めませんでした: {path}</source>
            <translation>Could not write because the disk is full: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="210" />
            <source>書き込めませんでした（読み取り専用の場所か、権限がありません）: {path}</source>
            <translation>Could not write (the location is read-only, or permission is missing): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/history.py" line="89" />
            <source>まだバックアップを作成していません。</source>
            <translation>No backup has been made yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/history.py" line="92" />
            <source>最終バックアップ: {date}（{n} 日前）</source>
            <translation>Last backup: {date} ({n} days ago)</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/history.py" line="94" />
            <source>{n} 日以上バックアップがありません。バックアップを作成してください。</source>
            <translation>There has been no backup for {n} days or more. Please make a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/keys.py" line="76" />
            <source>ユーザーIDまたはパスワードが違います（バックアップを作成した時点のパスワードです）。</source>
            <translation>Wrong user ID or password (the password at the time of the backup).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/keys.py" line="75" />
            <source>復元には、バックアップ時点の管理者のユーザーIDとパスワード、またはリカバリーキーが必要です。</source>
            <translation>Restoring needs the user ID and password of an administrator at the time of the backup, or the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/keys.py" line="86" />
            <source>復元できるのは、バックアップ時点で有効な管理者だけです。</source>
            <translation>Only an administrator who was enabled at the time of the backup can restore it.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/keys.py" line="72" />
            <source>リカバリーキーが違います（このバックアップの台帳のリカバリーキーではありません）。</source>
            <translation>Wrong recovery key (it is not the recovery key of this backup's vault).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/passphrase.py" line="55" />
            <source>ユーザーのログインパスワードと同じものは、バックアップのパスフレーズに使えません。</source>
            <translation>A backup passphrase must not be the same as a user's login password.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/passphrase.py" line="68" />
            <source>パスフレーズを生成できませんでした。もう一度お試しください。</source>
            <translation>Could not generate a passphrase. Please try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/passphrase.py" line="56" />
            <source>このパスフレーズは使えません。</source>
            <translation>This passphrase cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="86" />
            <source>各ユーザーはバックアップ時点のパスワードでログインできます。</source>
            <translation>Every user can log in with their password as it was at the time of the backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="155" />
            <location filename="../../desktop/backup/restore.py" line="190" />
            <source>現在の台帳を置き換えるには、現在の台帳の管理者のユーザーIDと、いまのパスワードが必要です（バックアップ作成時点のものではありません）。</source>
            <translation>Replacing the current vault requires the user ID and current password of an administrator of the current vault (not the password as it was when the backup was made).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="200" />
            <location filename="../../desktop/backup/restore.py" line="164" />
            <source>現在の台帳を置き換えられるのは、現在の台帳の管理者だけです。</source>
            <translation>Only an administrator of the current vault can replace it.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="222" />
            <location filename="../../desktop/backup/restore.py" line="166" />
            <source>このバックアップは別の台帳のものです。現在の台帳を置き換えることはできません。新しい場所に復元してください。</source>
            <translation>This backup belongs to another vault. It cannot replace the current vault; restore it to a new location.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="225" />
            <source>現在の台帳の鍵の更新が途中で止まっています。一度台帳を開いて（自動的に完了します）から、やり直してください。</source>
            <translation>A key renewal of the current vault was interrupted. Open the vault once (it completes automatically), then try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="229" />
            <source>現在の台帳が正しく閉じられていません（-wal ファイルが残っています）。一度台帳を開いて閉じてから、やり直してください。</source>
            <translation>The current vault was not closed properly (a -wal file remains). Open and close the vault once, then try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="83" />
            <source>このPCを端末として登録しました。</source>
            <translation>This PC has been registered as a terminal.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="85" />
            <source>このPCはバックアップ時点で登録済みの端末ではありません。このPCで開くには、管理者がリカバリーキーで開いて端末登録してください。</source>
            <translation>This PC was not a registered terminal at the time of the backup. To open the vault here, an administrator must open it with the recovery key and register the terminal.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="219" />
            <source>置き換える台帳が見つかりません: {path}</source>
            <translation>The vault to replace was not found: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="245" />
            <source>このPCでは安全なキーリングが使えないため、端末として登録できません。キーリングを使える状態にしてからやり直してください。</source>
            <translation>This PC cannot be registered as a terminal because no secure keyring is available. Make a keyring available and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="309" />
            <source>現在の台帳の管理者の確認が済んでいません。</source>
            <translation>An administrator of the current vault has not confirmed the replacement.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="380" />
            <source>検証後にバックアップファイルが変更されました。</source>
            <translation>The backup file was changed after it was verified.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="385" />
            <source>復元したデータの行数がマニフェストと一致しません。</source>
            <translation>The number of rows restored does not match the manifest.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="79" />
            <source>元の台帳の安全コピー: {path}</source>
            <translation>Safety copy of the original vault: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="81" />
            <source>古い版のバックアップだったため、スキーマを {a} から {b} に更新しました。</source>
            <translation>The backup was made by an older version, so its schema was updated from {a} to {b}.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="209" />
            <source>復元先にはすでに台帳があります: {path}
置き換える場合は「現在の台帳を置き換える」（--replace）を選んでください。</source>
            <translation>A vault already exists at the destination: {path}
To replace it, choose "Replace the current vault" (--replace).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="392" />
            <source>復元をキャンセルしました。元の台帳は変更していません。</source>
            <translation>The restore was cancelled. The original vault has not been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="189" />
            <source>パスフレーズが違うか、ファイルの先頭部分が壊れています（暗号化の仕組み上、この二つは区別できません）。パスフレーズを確かめてもう一度試し、それでも開けなければファイルが壊れています。</source>
            <translation>Either the passphrase is wrong or the beginning of the file is damaged (the encryption cannot tell the two apart). Check the passphrase and try again; if it still does not open, the file is damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="98" />
            <source>検証をキャンセルしました。</source>
            <translation>Verification cancelled.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="393" />
            <source>監査ログの件数がマニフェストと一致しません。</source>
            <translation>The number of audit log entries does not match the manifest.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="91" />
            <source>作成日時 {at}／作成者 {who}／スキーマ {schema}／表 {tables} 個・{rows} 行／監査ログ {audit} 件</source>
            <translation>Created {at} / by {who} / schema {schema} / {tables} tables, {rows} rows / {audit} audit log entries</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="229" />
            <source>ページの認証に失敗しました（ページ {pages}）。作成後にファイルの内容が変更されたか、壊れています。</source>
            <translation>Page authentication failed (pages {pages}). The file was changed after it was made, or it is damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="311" />
            <source>マニフェストを読み取れません（ファイルが壊れています）。</source>
            <translation>The manifest cannot be read (the file is damaged).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="313" />
            <location filename="../../desktop/backup/verify.py" line="320" />
            <source>マニフェストの内容が壊れています。</source>
            <translation>The contents of the manifest are damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="340" />
            <source>ファイルの見出しを読み取れません（ファイルが壊れています）。</source>
            <translation>The file header cannot be read (the file is damaged).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="417" />
            <source>復元に必要な鍵情報が壊れているか、足りません。</source>
            <translation>The key information needed to restore is damaged or incomplete.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="127" />
            <source>フォルダーです。バックアップファイルを指定してください: {path}</source>
            <translation>This is a folder. Please choose a backup file: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="130" />
            <source>ファイルが空です（書き込みが途中で止まったか、中身が失われています）: {path}</source>
            <translation>The file is empty (writing stopped midway or its contents were lost): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="137" />
            <source>暗号化されていない SQLite データベースです。このアプリのバックアップではありません: {path}</source>
            <translation>This is an unencrypted SQLite database, not a backup of this application: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="140" />
            <source>このアプリのバックアップファイルではありません（{kind} ファイルです）: {path}</source>
            <translation>Not a backup file of this app (it is a {kind} file): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="143" />
            <source>これは台帳ファイル本体です（隣に鍵ファイルがあります）。バックアップファイルではありません: {path}</source>
            <translation>This is a vault file itself (a key file sits next to it), not a backup file: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="147" />
            <source>このアプリのバックアップファイルではありません（暗号化されたデータに見えません）: {path}</source>
            <translation>This is not a backup file of this application (it does not look like encrypted data): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="149" />
            <source>ファイルが途中で切れています（{size} バイト。正しいバックアップは {page} バイト単位です）: {path}</source>
            <translation>The file is truncated ({size} bytes; a valid backup is a multiple of {page} bytes): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="306" />
            <source>パスフレーズで開けましたが、このアプリのバックアップではありません（マニフェストがありません）。</source>
            <translation>The passphrase opened it, but it is not a backup of this application (no manifest).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="315" />
            <source>このアプリのバックアップではありません（形式: {f}）。</source>
            <translation>Not a backup of this application (format: {f}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="322" />
            <source>このバックアップはより新しい版のアプリで作成されています（形式 {found}、このアプリは {supported} まで）。アプリを更新してください。</source>
            <translation>This backup was made by a newer version of the application (format {found}; this application supports up to {supported}). Please update the application.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="327" />
            <source>このバックアップはより新しい版のアプリの台帳から作成されています（スキーマ {found}、このアプリは {supported} まで）。アプリを更新してから復元してください。</source>
            <translation>This backup was made from the vault of a newer version of the application (schema {found}; this application supports up to {supported}). Update the application before restoring.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="344" />
            <location filename="../../desktop/backup/verify.py" line="217" />
            <source>ファイルが途中で切れています（末尾のページがありません）: {path}</source>
            <translation>The file is truncated (the last page is missing): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="357" />
            <source>SQLite の整合性検査で問題が見つかりました: {detail}</source>
            <translation>The SQLite integrity check found a problem: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="391" />
            <source>監査ログの検証に失敗しました: {msg}</source>
            <translation>Verification of the audit log failed: {msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="401" />
            <source>監査ログの署名の検証に失敗しました（バックアップが書き換えられた可能性があります）:
{msg}</source>
            <translation>The audit log's signatures failed verification (the backup may have been altered):
{msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="123" />
            <source>ファイルが見つかりません: {path}</source>
            <translation>File not found: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="125" />
            <location filename="../../desktop/backup/verify.py" line="135" />
            <source>ファイルを読み込めません: {path}（{reason}）</source>
            <translation>Cannot read the file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="182" />
            <source>パスフレーズが違います（ファイルは {at} に作成されたときのまま変更されていません）。</source>
            <translation>Wrong passphrase (the file is unchanged since it was made at {at}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="186" />
            <source>ファイルが作成時（{at}）から変更されています（SHA-256 が記録と一致しません）。先頭部分が壊れているため開けません。</source>
            <translation>The file has changed since it was made ({at}) (its SHA-256 does not match the record). It cannot be opened because its beginning is damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="219" />
            <source>ファイルが壊れています（{reason}）。</source>
            <translation>The file is damaged ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="299" />
            <source>ページの認証を確認できませんでした（{reason}）。</source>
            <translation>Page authentication could not be checked ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="371" />
            <source>表の構成がマニフェストと一致しません（不足: {missing}／余分: {extra}）。</source>
            <translation>The tables do not match the manifest (missing: {missing} / extra: {extra}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="380" />
            <source>データを読み取れません（{reason}）。</source>
            <translation>The data cannot be read ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="389" />
            <source>監査ログを検証できません（{reason}）。</source>
            <translation>The audit log cannot be verified ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="376" />
            <source>表「{table}」の行数がマニフェストと一致しません（記録 {expected} 行、実際 {actual} 行）。</source>
            <translation>The number of rows in table "{table}" does not match the manifest (recorded {expected}, actual {actual}).</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="44" />
            <source>バックアップの作成</source>
            <translation>Create backup</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="61" />
            <location filename="../../ui/backup/restore_wizard.py" line="59" />
            <source>参照…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="69" />
            <source>生成</source>
            <translation>Generate</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="71" />
            <source>推測されにくいパスフレーズを作ります（英小文字と数字、日本語キーボードでそのまま入力できます）</source>
            <translation>Make a hard-to-guess passphrase (lowercase letters and digits, typed as is on a Japanese keyboard)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="83" />
            <source>保管票をPDFで保存…</source>
            <translation>Save sheet as PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="86" />
            <source>保管票を印刷…</source>
            <translation>Print sheet…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="100" />
            <source>バックアップはこのパスフレーズで暗号化されます。ログインパスワードとは別のものにし、安全な場所に控えてください。パスフレーズを忘れると復元できません。</source>
            <translation>The backup is encrypted with this passphrase. Use one that differs from your login password and keep a note of it in a safe place. Without the passphrase the backup cannot be restored.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="106" />
            <location filename="../../ui/backup/restore_wizard.py" line="210" />
            <source>保存先</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="107" />
            <location filename="../../ui/backup/restore_wizard.py" line="72" />
            <source>パスフレーズ</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="109" />
            <source>パスフレーズ（確認）</source>
            <translation>Passphrase (again)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="124" />
            <source>作成する</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="126" />
            <location filename="../../ui/backup/restore_wizard.py" line="325" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="144" />
            <source>バックアップの保存先</source>
            <translation>Backup destination</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="145" />
            <location filename="../../ui/backup/restore_wizard.py" line="82" />
            <source>バックアップ (*.daicho-backup);;すべてのファイル (*)</source>
            <translation>Backups (*.daicho-backup);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="185" />
            <source>パスフレーズ保管票をPDFとして保存</source>
            <translation>Save the passphrase sheet as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="186" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="236" />
            <source>バックアップを作成しています…</source>
            <translation>Creating the backup…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="254" />
            <location filename="../../ui/backup/restore_wizard.py" line="425" />
            <source>キャンセルしています…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="281" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="226" />
            <source>保存先を指定してください。</source>
            <translation>Please choose a destination.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="228" />
            <source>確認のために入力したパスフレーズが一致しません。</source>
            <translation>The passphrases entered for confirmation do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="160" />
            <source>生成したパスフレーズ: {p}&lt;br&gt;表示はこの画面を閉じるまでです。書き留めるか、保管票を印刷して、バックアップとは別の施錠できる場所に保管してください。</source>
            <translation>Generated passphrase: {p}&lt;br&gt;It is shown only until this window closes. Write it down or print the sheet, and keep it locked away, apart from the backup.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="194" />
            <source>保存しました: {path}
印刷したら、PDFファイルは削除してください。</source>
            <translation>Saved: {path}
Delete the PDF file once it is printed.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="201" />
            <source>バックアップ パスフレーズ保管票</source>
            <translation>Backup passphrase sheet</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="276" />
            <source>バックアップを作成しました: {path}（{mb:.1f} MB、SHA-256 {sha}…）</source>
            <translation>Backup created: {path} ({mb:.1f} MB, SHA-256 {sha}…)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="271" />
            <source>バックアップは作成しましたが、履歴に記録できませんでした: {e}</source>
            <translation>The backup was created but could not be recorded in the history: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="55" />
            <source>バックアップファイル</source>
            <translation>Backup file</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="56" />
            <source>復元するバックアップファイルと、その作成時に決めたパスフレーズを入力し、検証してください。</source>
            <translation>Enter the backup file to restore and the passphrase chosen when it was made, then verify it.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="66" />
            <source>検証する</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="71" />
            <source>ファイル</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="81" />
            <source>バックアップファイルを選択</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="96" />
            <source>検証しています…（大きなバックアップでは時間がかかります）</source>
            <translation>Verifying… (large backups take a while)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="126" />
            <source>復元の権限</source>
            <translation>Authority to restore</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="127" />
            <source>バックアップ作成時点の管理者のパスワード、または台帳のリカバリーキーが必要です。</source>
            <translation>The password of an administrator at the time of the backup, or the vault's recovery key, is needed.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="128" />
            <source>管理者のパスワード（バックアップ作成時点のもの）</source>
            <translation>Administrator's password (as at the time of the backup)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="130" />
            <source>リカバリーキー（新しいPCに復元するときはこちら）</source>
            <translation>Recovery key (use this when restoring to a new PC)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="148" />
            <source>管理者のユーザーID</source>
            <translation>Administrator's user ID</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="149" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="151" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="175" />
            <source>このPCはバックアップ時点で登録済みの端末ではありません。パスワードで復元すると、このPCで開くにはあとでリカバリーキーが必要です。</source>
            <translation>This PC was not a registered terminal at the time of the backup. If you restore with a password, opening the vault on this PC will later need the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="189" />
            <source>復元先</source>
            <translation>Restore to</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="190" />
            <source>新しい台帳ファイルとして復元する</source>
            <translation>Restore as a new vault file</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="192" />
            <source>現在の台帳を置き換える（元の台帳は安全コピーとして残します）</source>
            <translation>Replace the current vault (the original is kept as a safety copy)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="201" />
            <source>置き換えるには、現在の台帳の管理者が、いまのパスワードで許可してください（バックアップ作成時点のパスワードではありません）。</source>
            <translation>To replace it, an administrator of the current vault must allow it with their current password (not the password as it was when the backup was made).</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="214" />
            <source>現在の台帳の管理者のユーザーID</source>
            <translation>Administrator of the current vault (user ID)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="215" />
            <source>いまのパスワード</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="253" />
            <location filename="../../ui/backup/section.py" line="59" />
            <source>復元</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="255" />
            <source>復元を開始</source>
            <translation>Start restoring</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="258" />
            <source>中止</source>
            <translation>Abort</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="300" />
            <source>バックアップからの復元</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="322" />
            <source>次へ</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="323" />
            <source>戻る</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="324" />
            <source>完了</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="396" />
            <source>復元しています…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="240" />
            <source>置き換えると、いまの台帳を閉じてから復元し、ログイン画面に戻ります。復元後は各ユーザーがバックアップ時点のパスワードでログインします。</source>
            <translation>Replacing closes the current vault, restores the backup and returns to the login window. After the restore, every user logs in with their password as at the time of the backup.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="352" />
            <source>開いている台帳がないため、新しい台帳ファイルとして復元します。</source>
            <translation>No vault is open, so the backup is restored as a new vault file.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="354" />
            <source>現在の台帳を置き換えられるのは管理者だけです。</source>
            <translation>Only an administrator can replace the current vault.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="356" />
            <source>このバックアップは別の台帳のものです。新しい台帳ファイルとして復元してください。</source>
            <translation>This backup belongs to another vault. Restore it as a new vault file.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="358" />
            <source>この画面からは置き換えられません。新しい台帳ファイルとして復元してください。</source>
            <translation>The vault cannot be replaced from this screen. Restore it as a new vault file.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="462" />
            <source>元の台帳は変更されていません。もう一度ログインしてください。</source>
            <translation>The original vault has not been changed. Please log in again.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="279" />
            <source>現在の台帳を置き換えます: {path}</source>
            <translation>The current vault will be replaced: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="280" />
            <source>新しい台帳ファイルを作成します: {path}</source>
            <translation>A new vault file will be created: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="106" />
            <source>✓ 問題は見つかりませんでした。</source>
            <translation>✓ No problems found.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="439" />
            <source>復元しました: {path}</source>
            <translation>Restored: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="26" />
            <source>種別</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="26" />
            <source>日時</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="26" />
            <source>実行者</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="26" />
            <source>サイズ</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="27" />
            <source>場所</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="161" />
            <source>バックアップ</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="92" />
            <source>バックアップを作成…</source>
            <translation>Create backup…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="95" />
            <source>検証・復元…</source>
            <translation>Verify / restore…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="111" />
            <source>バックアップは1つの暗号化ファイルです。パスフレーズがあれば別のPCでも復元できます。登録済みの媒体に保存してください。</source>
            <translation>A backup is one encrypted file. With the passphrase it can be restored on another PC as well. Save it to registered media.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="117" />
            <source>履歴</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="59" />
            <source>作成</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="63" />
            <source>（リカバリーキー）</source>
            <translation>(recovery key)</translation>
        </message>
        <message>
            <source>生成したパスフレーズ: {p}
表示はこの画面を閉じるまでです。書き留めるか、保管票を印刷して、バックアップとは別の施錠できる場所に保管してください。</source>
            <translation type="obsolete">Generated passphrase: {p}
It is shown only until this window closes. Write it down or print the sheet, and keep it locked away, apart from the backup.</translation>
        </message>
    </context>
    <context>
        <name>CLI</name>
        <message>
            <location filename="../../desktop/cli/cmd_audit.py" line="64" />
            <source>監査ログ {n} 件を書き出しました: {path}</source>
            <translation>Exported {n} audit log entries: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="97" />
            <location filename="../../desktop/cli/cmd_backup.py" line="140" />
            <location filename="../../desktop/cli/cmd_backup.py" line="158" />
            <source>バックアップのパスフレーズ</source>
            <translation>Backup passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="108" />
            <source>--passphrase-sheet は --generate-passphrase と一緒に指定してください。</source>
            <translation>Use --passphrase-sheet together with --generate-passphrase.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="152" />
            <source>--user（バックアップ時点の管理者）か --recovery-key-stdin を指定してください。</source>
            <translation>Give --user (an administrator at the time of the backup) or --recovery-key-stdin.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="167" />
            <source>現在の台帳の管理者のパスワード（いまのもの）</source>
            <translation>current password of the current vault's administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="117" />
            <source>バックアップのパスフレーズには、ログインパスワードと別のものを使ってください。</source>
            <translation>Use a backup passphrase that differs from your login password.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="120" />
            <source>{size} バイト  SHA-256 {sha}</source>
            <translation>{size} bytes  SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="142" />
            <source>問題は見つかりませんでした。</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="155" />
            <location filename="../../desktop/cli/cmd_terminal.py" line="58" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="157" />
            <source>管理者のパスワード（バックアップ時点）</source>
            <translation>Administrator's password (at the time of the backup)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="163" />
            <source>--live-user（現在の台帳の管理者）を指定してください。</source>
            <translation>Specify --live-user (an administrator of the current vault).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="166" />
            <source>現在の台帳のリカバリーキー</source>
            <translation>recovery key of the current vault</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="122" />
            <source>パスフレーズ（表示はこの一度だけです。書き留めるか保管票を印刷してください）: {p}</source>
            <translation>Passphrase (shown this once only; write it down or print the sheet): {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="125" />
            <source>保管票: {path}（印刷したら、PDFファイルは削除してください）</source>
            <translation>Sheet: {path} (delete the PDF file once it is printed)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="58" />
            <source>このPCでは安全なキーリング（OSの資格情報の保管場所）が使えないため、端末の登録（端末制限）ができません。キーリングを使える状態にしてやり直すか、端末制限なしで運用する場合は --no-terminal-binding を付けてください（その選択は監査ログに記録されます）。</source>
            <translation>Terminals cannot be registered (terminal binding) because no secure keyring (operating-system credential store) is available on this PC. Make a keyring available and try again, or add --no-terminal-binding to run without terminal binding (that choice is recorded in the audit log).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="37" />
            <source>管理者のパスワード</source>
            <translation>Administrator's password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="52" />
            <source>台帳を作成しました: {path}
上の行がリカバリーキーです。二度と表示されません。印刷するか書き写して、鍵のかかる場所に保管してください。</source>
            <translation>Vault created: {path}
The line above is the recovery key. It will not be shown again. Print it or copy it out, and keep it under lock and key.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="33" />
            <source>台帳ファイルがすでにあります: {path}</source>
            <translation>A vault file already exists: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="57" />
            <source>台帳ID</source>
            <translation>Register ID</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="57" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="57" />
            <source>条項</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="101" />
            <source>{n}件を書き出しました: {path}（{encoding}）</source>
            <translation>Exported {n} records: {path} ({encoding})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="121" />
            <source>{n}件を取り込みました（ID {first}〜{last}）。</source>
            <translation>Imported {n} records (ID {first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="93" />
            <source>{shown}件を表示（全{mark}{total}件）</source>
            <translation>Showing {shown} records (of {mark}{total})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="111" />
            <source>{n}件の問題があるため取り込みませんでした（{rows}行を確認）。</source>
            <translation>Nothing was imported because of {n} problems (check {rows} rows).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="115" />
            <source>問題はありません。{n}件を取り込めます（--dry-run のため書き込んでいません）。</source>
            <translation>No problems. {n} records can be imported (nothing written because of --dry-run).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_sample.py" line="25" />
            <source>見本の事業所を作成しました（合計 {n}件）。</source>
            <translation>The example office has been created ({n} records in all).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_sample.py" line="24" />
            <source>{label}: {n}件</source>
            <translation>{label}: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_settings.py" line="33" />
            <source>そのような設定はありません: {key}</source>
            <translation>No such setting: {key}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="86" />
            <source>期間は --from と --to の両方で指定してください。</source>
            <translation>Give the period with both --from and --to.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="90" />
            <source>{title}を発行しました（{pages}ページ、{size}バイト、履歴 #{id}）: {path}</source>
            <translation>Issued {title} ({pages} pages, {size} bytes, history #{id}): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="117" />
            <source>記録されたSHA-256: {sha}</source>
            <translation>Recorded SHA-256: {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="125" />
            <source>発行時の文書と一致しないため、ファイルは書き出しませんでした。</source>
            <translation>The file was not written because it does not match the document as issued.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="83" />
            <source>「{title}」では次の指定は使いません: {opts}</source>
            <translation>"{title}" does not use these options: {opts}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="119" />
            <source>再作成したSHA-256: {sha}</source>
            <translation>Re-created SHA-256: {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="57" />
            <location filename="../../desktop/cli/context.py" line="89" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="66" />
            <source>このPCを端末として登録しました。各ユーザーは自分のパスワードで開けます。</source>
            <translation>This PC has been registered as a terminal. Every user can open the vault with their own password.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="81" />
            <source>有効</source>
            <translation>on</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="81" />
            <source>無効</source>
            <translation>off</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="37" />
            <source>端末制限は無効です（どのPCでもパスワードだけで開けます）。</source>
            <translation>Terminal binding is off (any PC can open the vault with a password alone).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="62" />
            <source>端末制限が無効なため、端末を登録する必要はありません（有効にするには terminal binding on）。</source>
            <translation>Terminal binding is off, so terminals need not be registered (to turn it on: terminal binding on).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="73" />
            <source>端末 {id} を削除し、台帳の鍵を更新しました。その端末ではもう開けません。</source>
            <translation>Removed terminal {id} and renewed the vault's key. That terminal can no longer open it.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="82" />
            <source>端末制限を{state}にしました。</source>
            <translation>Terminal binding is now {state}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="49" />
            <source>新しいユーザーの初期パスワード</source>
            <translation>Initial password of the new user</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="114" />
            <source>新しいパスワード</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="116" />
            <source>パスワードを変更しました。</source>
            <translation>The password has been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="107" />
            <source>新しい初期パスワード</source>
            <translation>New initial password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="51" />
            <source>ユーザー {id}（{role}）を作成しました。初回ログイン時にパスワードの変更が必要です。</source>
            <translation>Created user {id} ({role}). The password must be changed at the first login.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="85" />
            <source>ユーザー {id} を無効にしました。</source>
            <translation>Disabled user {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="91" />
            <source>ユーザー {id} を有効にしました。</source>
            <translation>Enabled user {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="97" />
            <source>ユーザー {id} を削除し、台帳の鍵を更新しました。</source>
            <translation>Deleted user {id} and renewed the vault's key.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="109" />
            <source>ユーザー {id} のパスワードを再設定しました。次回ログイン時に変更が必要です。</source>
            <translation>Reset the password of user {id}. It must be changed at the next login.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_verify.py" line="27" />
            <source>問題は見つかりませんでした（暗号化ページ・データベース構造・監査ログ {n} 件）。</source>
            <translation>No problems found (encrypted pages, database structure, {n} audit log entries).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/context.py" line="73" />
            <source>--user でユーザーIDを指定してください。</source>
            <translation>Give the user ID with --user.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/context.py" line="75" />
            <source>--password-stdin を指定し、パスワードを標準入力の1行目で渡してください。</source>
            <translation>Give --password-stdin and pass the password on the first line of standard input.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/context.py" line="68" />
            <source>確認のために入力したパスワードが一致しません。</source>
            <translation>The passwords entered for confirmation do not match.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/context.py" line="57" />
            <source>標準入力から{what}を読み取れませんでした（1行に1つずつ渡してください）。</source>
            <translation>Could not read {what} from standard input (pass one per line).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/context.py" line="66" />
            <source>{what}（確認）</source>
            <translation>{what} (again)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/context.py" line="54" />
            <source>{what}が入力されませんでした。</source>
            <translation>No {what} was entered.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="95" />
            <source>中断しました。</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="101" />
            <source>（不明な場所）</source>
            <translation>(unknown location)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="106" />
            <source>予期しないエラーが発生しました（{kind}）。同じ操作で繰り返し起きる場合は管理者に連絡してください。</source>
            <translation>An unexpected error occurred ({kind}). If the same operation keeps failing, contact your administrator.</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../desktop/calendar.py" line="147" />
            <source>{era}は{era}{last}年{month}月{day}日（{end}）までです。</source>
            <translation>The {era} era ended on {era} {last}, month {month}, day {day} ({end}).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="183" />
            <source>明治6年（1873年）1月1日より前の日付は扱えません（太陽暦の採用前）。</source>
            <translation>Dates before Meiji 6 (1873) January 1 cannot be used (before Japan adopted the Gregorian calendar).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="167" />
            <source>{era}{year}年という年はありません（最初の年は{era}元年です）。</source>
            <translation>There is no year {era} {year} (the first year is {era} 1, 元年).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="178" />
            <source>{era}は{era}元年{month}月{day}日（{start}）からです。</source>
            <translation>The {era} era began on {era} 1, month {month}, day {day} ({start}).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="175" />
            <source>{era}{year}年{month}月{day}日という日はありません。</source>
            <translation>There is no such day: {era} {year}, month {month}, day {day}.</translation>
        </message>
    </context>
    <context>
        <name>DueList</name>
        <message>
            <location filename="../../ui/registers/due_list.py" line="180" />
            <source>要対応</source>
            <translation>Action needed</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="50" />
            <source>期限・要対応</source>
            <translation>Due dates and actions</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="57" />
            <source>更新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="80" />
            <source>行をダブルクリックすると、その記録を開きます。</source>
            <translation>Double-click a row to open that record.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="118" />
            <source>確認しています…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="66" />
            <source>台帳</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="66" />
            <source>対象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="66" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="66" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="153" />
            <source>対応が必要な項目はありません。</source>
            <translation>Nothing needs attention.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="151" />
            <source>{n}件（うち期限超過 {m}件）</source>
            <translation>{n} items ({m} overdue)</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../../ui/home.py" line="170" />
            <source>ホーム</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="48" />
            <source>ログイン情報</source>
            <translation>Login information</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="50" />
            <source>ユーザー</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="51" />
            <source>役割</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="52" />
            <source>前回のログイン</source>
            <translation>Previous login</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="53" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="54" />
            <source>台帳</source>
            <translation>Vault</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="56" />
            <source>事業者</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="57" />
            <source>ファイル</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="58" />
            <source>端末の限定</source>
            <translation>Terminal binding</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="62" />
            <source>バックアップを開く</source>
            <translation>Open Backup</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="65" />
            <source>バックアップ</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="69" />
            <source>使える機能</source>
            <translation>Available functions</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="72" />
            <source>画面をロックするには Ctrl+L を押します。一定時間操作しないと自動的にロックされます。</source>
            <translation>Press Ctrl+L to lock the screen. The screen also locks automatically after a period without activity.</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="113" />
            <source>今回が初めてのログインです。</source>
            <translation>This is your first login.</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="125" />
            <source>（未設定。設定画面で入力できます）</source>
            <translation>(Not set. You can enter it in Settings.)</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="131" />
            <source>端末を限定していません（管理者の選択）。</source>
            <translation>Not restricted to registered terminals (administrator's choice).</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="108" />
            <source>{name} さん、こんにちは。</source>
            <translation>Hello, {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="118" />
            <source>最終変更 {date}</source>
            <translation>Last changed {date}</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="121" />
            <source>（有効期限まであと {n} 日）</source>
            <translation> ({n} days until it expires)</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="128" />
            <source>登録済みの端末でだけ開けます（{n} 台登録）。</source>
            <translation>Opens only on registered terminals ({n} registered).</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../../ui/session/lock.py" line="47" />
            <location filename="../../ui/session/lock.py" line="182" />
            <location filename="../../ui/session/lock.py" line="201" />
            <source>ロック中</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="65" />
            <source>ロック解除</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="68" />
            <source>ログアウト</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="154" />
            <source>ロック中です。手前に表示されている画面でパスワードを入力してください。</source>
            <translation>Locked. Enter your password in the window in front.</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="122" />
            <source>パスワードが違います。</source>
            <translation>Wrong password.</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="53" />
            <source>{name}（{id}）のパスワードを入力するとロックを解除します。</source>
            <translation>Enter the password of {name} ({id}) to unlock.</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <location filename="../../ui/session/login.py" line="47" />
            <source>ロックアウト中です。あと {m}分{s:02d}秒 でもう一度試せます。</source>
            <translation>Locked out. You can try again in {m} min {s:02d} s.</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="65" />
            <source>委託セキュリティ台帳 — ログイン</source>
            <translation>Itaku Daicho — Login</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="67" />
            <source>委託セキュリティ台帳</source>
            <translation>Itaku Daicho</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="75" />
            <source>ユーザーIDとパスワードを入力してください。</source>
            <translation>Enter your user ID and password.</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="94" />
            <location filename="../../ui/session/login.py" line="190" />
            <source>ログイン</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="97" />
            <source>リカバリーキーで開く（管理者）…</source>
            <translation>Open with the recovery key (administrator)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="105" />
            <source>別の台帳を開く…</source>
            <translation>Open another vault…</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="110" />
            <source>ユーザーID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="111" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="168" />
            <source>台帳ファイルを開く</source>
            <translation>Open vault file</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="169" />
            <source>台帳ファイル (*.vault);;すべてのファイル (*)</source>
            <translation>Vault files (*.vault);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="190" />
            <location filename="../../ui/session/recovery.py" line="94" />
            <source>確認しています…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="164" />
            <source>台帳: {path}</source>
            <translation>Vault: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="34" />
            <source>リカバリーキーで開く</source>
            <translation>Open with the recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="35" />
            <source>このPCが端末として登録されていないときや、鍵ファイルの端末情報が使えないときに、管理者がリカバリーキーで台帳を開きます。開くと、このPCが登録端末として追加され、以後は各ユーザーのパスワードで開けます。</source>
            <translation>When this PC is not registered as a terminal, or the terminal data in the key file cannot be used, an administrator opens the vault with the recovery key. This PC is then added as a registered terminal, and every user's password works here from then on.</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="54" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="55" />
            <source>管理者のユーザーID</source>
            <translation>Administrator's user ID</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="56" />
            <source>管理者のパスワード</source>
            <translation>Administrator's password</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="58" />
            <source>開いてこのPCを登録</source>
            <translation>Open and register this PC</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="59" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="73" />
            <source>すべての項目を入力してください。</source>
            <translation>Please fill in all fields.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="352" />
            <location filename="../../ui/admin/auth_history.py" line="15" />
            <location filename="../../ui/admin/settings.py" line="380" />
            <location filename="../../ui/admin/users.py" line="381" />
            <location filename="../../ui/backup/section.py" line="161" />
            <source>管理</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <source>委託セキュリティ台帳</source>
            <translation>Itaku Daicho</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>ロック</source>
            <translation>Lock</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="164" />
            <source>パスワードの変更…</source>
            <translation>Change password…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="166" />
            <source>ログアウト</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="168" />
            <source>終了</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <location filename="../../ui/main_window.py" line="341" />
            <source>このアプリについて</source>
            <translation>About this application</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="173" />
            <source>セッション(&amp;S)</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="179" />
            <source>ヘルプ(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="181" />
            <source>セッション</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="141" />
            <source>{name}（{id}・{role}）</source>
            <translation>{name} ({id}, {role})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="334" />
            <source>パスワードを変更しました。</source>
            <translation>Your password has been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>&lt;b&gt;委託セキュリティ台帳&lt;/b&gt; バージョン {version}&lt;br&gt;&lt;br&gt;外部委託先の情報セキュリティに関する記録・許可申請・提出書類を、暗号化された1つの台帳ファイルで管理します。すべての操作は改ざん検知付きの監査ログに記録されます。</source>
            <translation>&lt;b&gt;Itaku Daicho (contractor security ledger)&lt;/b&gt; version {version}&lt;br&gt;&lt;br&gt;Keeps the records, permission requests and submittals about the information security of an outsourcing contractor in one encrypted vault file. Every action is recorded in a tamper-evident audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="200" />
            <source>一部の画面を読み込めませんでした（詳細はログファイル）。</source>
            <translation>Some screens could not be loaded (see the log file for details).</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../ui/widgets/messages.py" line="29" />
            <location filename="../../ui/widgets/messages.py" line="37" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/messages.py" line="47" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/messages.py" line="20" />
            <source>予期しないエラーが発生しました（{kind}）。操作をやり直してください。解決しない場合は管理者に連絡してください。</source>
            <translation>An unexpected error occurred ({kind}). Please try again. If the problem persists, contact your administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/messages.py" line="27" />
            <source>エラー</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/messages.py" line="35" />
            <source>お知らせ</source>
            <translation>Notice</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/messages.py" line="46" />
            <source>実行する</source>
            <translation>Proceed</translation>
        </message>
    </context>
    <context>
        <name>Password</name>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="55" />
            <source>現在のパスワード</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="56" />
            <source>新しいパスワード</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="58" />
            <source>新しいパスワード（確認）</source>
            <translation>New password (again)</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="62" />
            <source>変更する</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="107" />
            <source>パスワードを変更しています…</source>
            <translation>Changing the password…</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="30" />
            <source>パスワードの変更が必要です</source>
            <translation>You must change your password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="31" />
            <source>パスワードの変更</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="37" />
            <source>現在のパスワードと新しいパスワードを入力してください。</source>
            <translation>Enter your current password and a new password.</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="65" />
            <source>ログアウト</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="65" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="84" />
            <source>確認用のパスワードが一致しません。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="33" />
            <source>{name} さん、管理者が設定した初期パスワードか、有効期間を過ぎたパスワードでログインしました。続けるには新しいパスワードを設定してください。変更しない場合はログアウトします。</source>
            <translation>{name}, you logged in with an initial password set by an administrator, or with a password that has expired. Set a new password to continue; otherwise you will be logged out.</translation>
        </message>
    </context>
    <context>
        <name>PdfPrint</name>
        <message>
            <location filename="../../ui/widgets/pdf_print.py" line="81" />
            <source>プリンターを使用できません。プリンターの設定を確認してください。</source>
            <translation>The printer cannot be used. Please check the printer settings.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_print.py" line="116" />
            <source>印刷</source>
            <translation>Print</translation>
        </message>
    </context>
    <context>
        <name>PdfView</name>
        <message>
            <location filename="../../ui/widgets/pdf_view.py" line="52" />
            <source>縮小</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_view.py" line="54" />
            <source>拡大</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/pdf_view.py" line="109" />
            <source>{n} ページ　{zoom}%</source>
            <translation>{n} pages  {zoom}%</translation>
        </message>
    </context>
    <context>
        <name>RegisterDetail</name>
        <message>
            <location filename="../../ui/registers/detail.py" line="245" />
            <location filename="../../ui/registers/detail.py" line="215" />
            <source>（なし）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="99" />
            <location filename="../../ui/registers/detail.py" line="87" />
            <source>内容</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="103" />
            <source>変更履歴</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="106" />
            <source>一覧で記録を選ぶと、ここに内容が表示されます。</source>
            <translation>Select a record in the list to see its contents here.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="87" />
            <source>日時</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="87" />
            <source>ユーザー</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="102" />
            <source>添付ファイル</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="204" />
            <source>登録 {created}（{by}）／更新 {updated}（{uby}）</source>
            <translation>Created {created} ({by}) / updated {updated} ({uby})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="145" />
            <source>添付ファイル（{n}）</source>
            <translation>Attachments ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="247" />
            <source>（理由: {r}）</source>
            <translation> (reason: {r})</translation>
        </message>
        <message>
            <source>操作</source>
            <translation type="obsolete">Action</translation>
        </message>
        <message>
            <source>項目</source>
            <translation type="obsolete">Field</translation>
        </message>
        <message>
            <source>変更前</source>
            <translation type="obsolete">Before</translation>
        </message>
        <message>
            <source>変更後</source>
            <translation type="obsolete">After</translation>
        </message>
        <message>
            <source>{n}項目</source>
            <translation type="obsolete">{n} fields</translation>
        </message>
    </context>
    <context>
        <name>RegisterExtras</name>
        <message>
            <location filename="../../ui/registers/ext/__init__.py" line="99" />
            <source>要対応 {n}件（期限超過 {m}件）</source>
            <translation>Action needed: {n} ({m} overdue)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="23" />
            <source>ファイルから計算…</source>
            <translation>Compute from file…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="25" />
            <source>交換したファイルを選ぶと、サイズとSHA-256を計算して相手方の申告値と照合します（ファイルはコピーしません）。</source>
            <translation>Choose the exchanged file to compute its size and SHA-256 and compare them with the values declared by the counterpart (the file is not copied).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="56" />
            <source>✔ 一致: 当方で計算した値が相手方の申告値と一致しました。</source>
            <translation>✔ Match: the values computed here match those declared by the counterpart.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="84" />
            <source>交換したファイルを選択</source>
            <translation>Choose the exchanged file</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="84" />
            <source>すべてのファイル (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="97" />
            <source>中止</source>
            <translation>Abort</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="59" />
            <source>✘ 不一致: 当方で計算した値が相手方の申告値と一致しません。ファイルを確認してください。</source>
            <translation>✘ Mismatch: the values computed here do not match those declared by the counterpart. Please check the file.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="149" />
            <source>{n} バイト</source>
            <translation>{n} bytes</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="62" />
            <source>未照合: 「ファイルから計算…」で交換したファイルを選んでください。</source>
            <translation>Not compared: choose the exchanged file with "Compute from file…".</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="65" />
            <source>未照合: 相手方の申告値（サイズまたはSHA-256）が入力されていません。</source>
            <translation>Not compared: the counterpart's declared values (size or SHA-256) have not been entered.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="96" />
            <source>「{name}」のSHA-256を計算しています…</source>
            <translation>Computing the SHA-256 of "{name}"…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="132" />
            <source>計算を中止しました。</source>
            <translation>Computation aborted.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="70" />
            <source>サイズ　当方 {a}　{m}　申告 {b}</source>
            <translation>Size  ours {a}  {m}  declared {b}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="74" />
            <source>SHA-256 当方: {a}</source>
            <translation>SHA-256 ours: {a}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="75" />
            <source>SHA-256 申告: {b}　{m}</source>
            <translation>SHA-256 declared: {b}  {m}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/exchanges.py" line="93" />
            <location filename="../../ui/registers/ext/exchanges.py" line="135" />
            <source>ファイルを読み取れません: {path}（{reason}）</source>
            <translation>Cannot read the file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="20" />
            <source>教育の受講履歴</source>
            <translation>Training attendance</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="30" />
            <source>受講の記録はありません。</source>
            <translation>No attendance recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="36" />
            <source>改定（新しい版）</source>
            <translation>Revise (new version)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="37" />
            <source>選んだ版を元に新しい版を作ります。元の版は変更されません。</source>
            <translation>Creates a new version based on the selected one. The original version is not changed.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="25" />
            <source>基準日</source>
            <translation>Reference date</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="86" />
            <source>管理体制 — 改定（新しい版）</source>
            <translation>Management structure — revise (new version)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="63" />
            <source>{start}から現在まで</source>
            <translation>From {start} to now</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="63" />
            <source>{start}から{end}まで</source>
            <translation>From {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="65" />
            <source>{day}時点の版: 「{name}」（適用期間 {period}）</source>
            <translation>Version as of {day}: "{name}" (in effect {period})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="89" />
            <source>「{name}」（{start}〜）を元に新しい版を作ります。適用開始日と改定理由を入力してください。</source>
            <translation>A new version is created from "{name}" ({start}–). Enter the date it takes effect and the reason for the revision.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="58" />
            <source>{day}時点の管理体制は登録されていません。</source>
            <translation>No management structure is registered as of {day}.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/training_sessions.py" line="67" />
            <source>今年度（{fy}）未受講の従事者 {n}人</source>
            <translation>Staff who have not attended training this fiscal year ({fy}): {n}</translation>
        </message>
    </context>
    <context>
        <name>RegisterForm</name>
        <message>
            <location filename="../../ui/registers/dates.py" line="69" />
            <source>日付を消す</source>
            <translation>Clear the date</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="101" />
            <source>（未入力）</source>
            <translation>(not entered)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="220" />
            <source>はい</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="244" />
            <source>名前の一部を入力して選択</source>
            <translation>Type part of a name and choose</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="306" />
            <source>絞り込み（名前の一部）</source>
            <translation>Filter (part of a name)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="401" />
            <source>行を追加</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="403" />
            <source>行を削除</source>
            <translation>Delete row</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="405" />
            <source>上へ</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="407" />
            <source>下へ</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="90" />
            <source>16進数64桁</source>
            <translation>64 hexadecimal digits</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="198" />
            <source>（選択してください）</source>
            <translation>(please choose)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="348" />
            <source>{n}件選択</source>
            <translation>{n} selected</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="251" />
            <source>編集</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="251" />
            <source>新規</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="257" />
            <source>＊の項目は必須です。</source>
            <translation>Fields marked ＊ are required.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="260" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="263" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="302" />
            <source>入力の破棄</source>
            <translation>Discard input</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="302" />
            <source>入力した内容を保存せずに閉じますか？</source>
            <translation>Close without saving what you entered?</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="303" />
            <source>破棄して閉じる</source>
            <translation>Discard and close</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="126" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="126" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="48" />
            <source>か月</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="170" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="173" />
            <source>バイト</source>
            <translation>bytes</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="73" />
            <source>月</source>
            <translation>(month)</translation>
        </message>
    </context>
    <context>
        <name>RegisterList</name>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="71" />
            <source>CSV ファイル (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="40" />
            <source>削除の理由（必須）</source>
            <translation>Reason for deletion (required)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="43" />
            <source>削除する</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="45" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="125" />
            <source>取り込む</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="127" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="198" />
            <source>CSV 読み込み</source>
            <translation>Import CSV</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="198" />
            <source>CSV ファイル (*.csv);;すべてのファイル (*)</source>
            <translation>CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="53" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="70" />
            <source>CSV 書き出し — {enc}</source>
            <translation>Export CSV — {enc}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="82" />
            <source>{n}件を書き出しました。
{path}</source>
            <translation>Exported {n} records.
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="104" />
            <location filename="../../ui/registers/dialogs.py" line="161" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="104" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="104" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="98" />
            <source>CSV 読み込み — {register}</source>
            <translation>Import CSV — {register}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="134" />
            <source>「{file}」に {n} 件の問題があります。すべて直してから、もう一度読み込んでください（1行も取り込まれていません）。</source>
            <translation>"{file}" has {n} problems. Fix them all and import again (no rows have been imported).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="139" />
            <source>「{file}」に取り込む行がありません。</source>
            <translation>"{file}" contains no rows to import.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="142" />
            <source>「{file}」（{enc}）の {n} 件を{register}に追加します。取り込みはすべての行をまとめて行い、途中で失敗した場合は1行も追加されません。</source>
            <translation>{n} records from "{file}" ({enc}) will be added to {register}. All rows are imported together; if any row fails, none is added.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="175" />
            <source>新規</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="177" />
            <source>編集</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="179" />
            <source>削除…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="181" />
            <source>CSV 書き出し</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="184" />
            <source>UTF-8（BOM付き・Excel 向け）…</source>
            <translation>UTF-8 (with BOM, for Excel)…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="185" />
            <source>Shift_JIS（CP932）…</source>
            <translation>Shift_JIS (CP932)…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="191" />
            <source>CSV 読み込み…</source>
            <translation>Import CSV…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="547" />
            <source>記録の削除</source>
            <translation>Delete record</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="558" />
            <source>削除しました。</source>
            <translation>Deleted.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="168" />
            <source>条件を解除</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="295" />
            <source>2文字以上入力してください</source>
            <translation>Enter at least 2 characters</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="111" />
            <source>根拠: {c}</source>
            <translation>Basis: {c}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="127" />
            <source>検索（2文字以上。{fields}）</source>
            <translation>Search (at least 2 characters; {fields})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="341" />
            <source>件数が多いため、途中まで数えています。</source>
            <translation>There are many records; the count stopped partway.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="344" />
            <source>検索語が長いため件数は概数です（実際はこれ以下）。一覧を最後までたどると正確な件数になります。</source>
            <translation>The search term is long, so the count is an upper estimate (the real number is no larger). Scroll to the end of the list for the exact count.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="537" />
            <source>{register}を保存しました。</source>
            <translation>{register} saved.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="548" />
            <source>{register}「{title}」を削除します。削除は監査ログに理由とともに記録され、元に戻せません。</source>
            <translation>The {register} record "{title}" will be deleted. The deletion is recorded in the audit log with the reason and cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="162" />
            <source>{label}: すべて</source>
            <translation>{label}: all</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="337" />
            <source>{n}件</source>
            <translation>{n} records</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="340" />
            <source>{n}件以上</source>
            <translation>{n}+ records</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="343" />
            <source>最大{n}件</source>
            <translation>up to {n} records</translation>
        </message>
        <message>
            <location filename="../../ui/registers/table_model.py" line="327" />
            <source>（この間の行は、スクロールすると読み込みます）</source>
            <translation>(rows in between load as you scroll)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/table_model.py" line="312" />
            <source>{label}（この列では並べ替えできません）</source>
            <translation>{label} (this column cannot be sorted)</translation>
        </message>
        <message>
            <source>約{n}件以上</source>
            <translation type="obsolete">About {n} or more</translation>
        </message>
    </context>
    <context>
        <name>Registers</name>
        <message>
            <location filename="../../desktop/registers/attachments.py" line="179" />
            <source>「{name}」は上限（{mb} MB）を超えるため添付できません。</source>
            <translation>"{name}" cannot be attached because it exceeds the limit ({mb} MB).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/attachments.py" line="134" />
            <source>計算を中止しました。</source>
            <translation>Calculation cancelled.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/attachments.py" line="216" />
            <source>添付ファイルが見つかりません（ID {id}）。</source>
            <translation>Attachment not found (ID {id}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/attachments.py" line="331" />
            <source>添付ファイル「{name}」の内容が記録されたSHA-256と一致しません。保存を中止しました。</source>
            <translation>The contents of the attachment "{name}" do not match its recorded SHA-256. Saving was stopped.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="318" />
            <source>引用符（"）で始まる値が閉じられていません。値の終わりに " を書いてください（値の中の " は "" と2つ重ねます）。</source>
            <translation>A value that starts with a quote (") is never closed. Put a " at the end of the value (a " inside the value is written twice: "").</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="320" />
            <source>引用符（"）で囲んだ値の後に余分な文字があります。値の中の " は "" と2つ重ねてください。</source>
            <translation>There are extra characters after a quoted value. Write a " inside a value twice: "".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="168" />
            <location filename="../../desktop/registers/csvio.py" line="267" />
            <source>文字コードは utf-8-sig か cp932 を指定してください。</source>
            <translation>Please specify utf-8-sig or cp932 as the encoding.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="323" />
            <source>CSVの形式が正しくありません（{reason}）。</source>
            <translation>The CSV format is not valid ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="81" />
            <source>{line}行目「{column}」: {message}</source>
            <translation>Line {line}, "{column}": {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="216" />
            <source>{line}行目をCP932で書き出せません。</source>
            <translation>Line {line} cannot be written in CP932.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="281" />
            <location filename="../../desktop/registers/csvio.py" line="512" />
            <location filename="../../desktop/registers/csvio.py" line="278" />
            <location filename="../../desktop/registers/csvio.py" line="454" />
            <source>1列目</source>
            <translation>Column 1</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="281" />
            <source>見出しの行がありません（1行目に列名を書いてください）。</source>
            <translation>There is no header row (put the column names on line 1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="322" />
            <source>値が長すぎます（1つの欄は{limit}文字まで）。</source>
            <translation>The value is too long (at most {limit} characters per cell).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="512" />
            <source>取り込むデータの行がありません。</source>
            <translation>There are no data rows to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="287" />
            <location filename="../../desktop/registers/csvio.py" line="238" />
            <location filename="../../desktop/registers/csvio.py" line="465" />
            <source>{n}列目</source>
            <translation>Column {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="290" />
            <source>列名がありません。</source>
            <translation>The column has no name.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="519" />
            <source>エラーのある行があるため取り込めません（{n}件）。先に修正してください。</source>
            <translation>Cannot import because some rows have errors ({n}). Please correct them first.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="572" />
            <source>取り込み中に参照先の記録が変更されたため、取り込みを取り消しました。もう一度プレビューからやり直してください。</source>
            <translation>A referenced record changed during the import, so the import was rolled back. Please start again from the preview.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="466" />
            <source>見出しのない列に値があります（列の数が見出しより多い）。</source>
            <translation>A column without a header has values (there are more columns than headers).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="213" />
            <source>{line}行目「{column}」の文字「{ch}」（U+{code:04X}）はCP932（Shift_JIS）で表せません。UTF-8（BOM付き）で書き出してください。</source>
            <translation>Line {line}, "{column}": the character "{ch}" (U+{code:04X}) cannot be represented in CP932 (Shift_JIS). Export as UTF-8 (with BOM) instead.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="238" />
            <source>文字コード（{encoding}）として読めない文字があります。UTF-8かCP932で保存してください。</source>
            <translation>Some characters cannot be read as {encoding}. Please save the file as UTF-8 or CP932.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="294" />
            <source>添付ファイルはCSVでは取り込めません。この列を削除してください。</source>
            <translation>Attachments cannot be imported from CSV. Please remove this column.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="305" />
            <source>必須の列「{label}」がありません。</source>
            <translation>The required column "{label}" is missing.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="496" />
            <location filename="../../desktop/registers/service.py" line="230" />
            <source>この{label}は既に登録されています。</source>
            <translation>This {label} is already registered.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="292" />
            <source>不明な列です（{register}にこの項目はありません）。</source>
            <translation>Unknown column ({register} has no such field).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="498" />
            <source>この{label}はファイルの{line}行目と重複しています。</source>
            <translation>This {label} duplicates line {line} of the file.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="297" />
            <source>同じ項目の列が2つあります（「{other}」）。</source>
            <translation>There are two columns for the same field ("{other}").</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/__init__.py" line="50" />
            <source>台帳「{slug}」はありません。使える台帳: {slugs}</source>
            <translation>There is no register "{slug}". Available registers: {slugs}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="101" />
            <source>存在確認の期限を過ぎています。</source>
            <translation>The equipment check is overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="101" />
            <source>存在確認の予定日が近づいています。</source>
            <translation>An equipment check is due soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="83" />
            <source>県の情報を保存する機器に物理的な保護措置が記録されていません（A5-2-2）。</source>
            <translation>No physical protection is recorded for equipment that holds prefecture data (A5-2-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="88" />
            <source>存在確認の予定日（{due}）を過ぎています（A5-1-1）。</source>
            <translation>The equipment check due on {due} is overdue (A5-1-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="27" />
            <source>所在不明です。直ちに県へ報告し、事故として記録してください（A20-1）。</source>
            <translation>The equipment is missing. Report it to the prefecture immediately and record it as an incident (A20-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="111" />
            <source>ファイルのサイズまたはSHA-256が相手方の申告値と一致しません。</source>
            <translation>The file size or SHA-256 does not match the values reported by the counterpart.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="115" />
            <source>第三者への提供ですが、県の了解（文書番号・了解日）が記録されていません（A12-7）。</source>
            <translation>The data was given to a third party, but the prefecture's consent (document number and date) is not recorded (A12-7).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="129" />
            <source>保存領域からの削除が確認されていません。</source>
            <translation>Deletion from the storage area has not been confirmed.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="141" />
            <source>第三者提供の県の了解が記録されていません。</source>
            <translation>The prefecture's consent to giving data to a third party is not recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="98" />
            <source>交換日程が事前に定められていません（A12-5）。</source>
            <translation>The exchange was not scheduled in advance (A12-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="107" />
            <source>交換したファイルのサイズ・SHA-256の照合が済んでいません（A12-4）。</source>
            <translation>The size and SHA-256 of the exchanged file have not been verified (A12-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="135" />
            <source>予定日を過ぎたデータ交換が未記録です。</source>
            <translation>A data exchange past its planned date has not been recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="135" />
            <source>データ交換の予定があります。</source>
            <translation>A data exchange is scheduled.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="103" />
            <source>交換から{days}日を過ぎても保存領域からの削除が確認されていません（A12-3）。</source>
            <translation>More than {days} days have passed since the exchange, but deletion from the storage area has not been confirmed (A12-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="65" />
            <source>県への報告日時が記録されていません（A20-1）。</source>
            <translation>The time of the report to the prefecture is not recorded (A20-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="79" />
            <source>使用した事故対応手順書が選ばれていません。</source>
            <translation>The incident runbook followed has not been selected.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="89" />
            <source>県への報告が記録されていません。</source>
            <translation>No report to the prefecture is recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="94" />
            <source>復旧後の報告が未提出です。</source>
            <translation>The post-recovery report has not been submitted.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="70" />
            <source>復旧後の報告（原因・回復方法・再発防止策）を県へ提出してください（A20-4）。</source>
            <translation>Submit the post-recovery report (cause, recovery method, prevention measures) to the prefecture (A20-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="76" />
            <source>証拠物件{i}件目のSHA-256に一致する証拠ファイルが添付されていません。</source>
            <translation>No attached evidence file matches the SHA-256 of evidence item {i}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="49" />
            <source>作業結果が「要対応」または「不具合継続」です。</source>
            <translation>The result is "Follow-up needed" or "Problem persists".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="71" />
            <source>設定変更の県の許可が記録されていません。</source>
            <translation>The prefecture's permission for a configuration change is not recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="42" />
            <source>設定変更ですが、県の許可（許可番号・許可日）が記録されていません（A5-2-4）。</source>
            <translation>This is a configuration change, but the prefecture's permission (number and date) is not recorded (A5-2-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="65" />
            <source>次回の保守予定日を過ぎています。</source>
            <translation>The next planned maintenance is overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="65" />
            <source>次回の保守予定日が近づいています。</source>
            <translation>The next planned maintenance is due soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="46" />
            <source>許可日が作業日より後になっています。許可を得る前に作業していないか確認してください。</source>
            <translation>The permission date is after the work date. Check that the work was not done before permission was given.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="103" />
            <source>手順書の見直し期限を過ぎています。</source>
            <translation>The runbook review is overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="103" />
            <source>手順書の見直し期限が近づいています。</source>
            <translation>A runbook review is due soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="81" />
            <source>見直しの予定日（{due}）を過ぎています（A20-3）。</source>
            <translation>The review due on {due} is overdue (A20-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="90" />
            <source>手順の担当の役割が現在の管理体制にいません: {roles}</source>
            <translation>No one holds these step roles in the current management structure: {roles}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="109" />
            <source>「{type}」の事故対応手順書がありません（A20-2）。</source>
            <translation>There is no incident runbook for "{type}" (A20-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="54" />
            <source>名札・身分証明書の交付が記録されていません（A9-2）。</source>
            <translation>Issue of a badge / ID card is not recorded (A9-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="56" />
            <source>離任にあたっての引継記録がありません（A17-6）。</source>
            <translation>There is no handover record for this departure (A17-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="58" />
            <source>契約期間が終了していますが、従事終了日が入力されていません。</source>
            <translation>The contract period has ended, but no end date has been entered.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="72" />
            <source>引継記録がありません（A17-6）。</source>
            <translation>No handover record (A17-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="48" />
            <source>情報セキュリティ責任者が定められていません。</source>
            <translation>No information security officer has been appointed.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="51" />
            <source>障害時・事故時の連絡先が定められていません（A5-2-3、A17-7）。</source>
            <translation>No contacts for failures and incidents have been set (A5-2-3, A17-7).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="58" />
            <location filename="../../desktop/registers/definitions/structure.py" line="66" />
            <source>管理体制</source>
            <translation>Management structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="59" />
            <source>管理体制が登録されていません（A5-2-1、A9-1）。</source>
            <translation>No management structure is registered (A5-2-1, A9-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="35" />
            <source>実施予定月を過ぎていますが、実施記録がありません（A17-5）。</source>
            <translation>The planned month has passed, but no training session is recorded (A17-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="51" />
            <source>予定月を過ぎた教育が未実施です。</source>
            <translation>Training past its planned month has not been held.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="51" />
            <source>今月予定の教育があります。</source>
            <translation>Training is planned for this month.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="26" />
            <source>今年度の教育をまだ受けていません（A17-5）。</source>
            <translation>Has not attended training this fiscal year (A17-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/examples.py" line="89" />
            <source>この台帳には既に{n}件の記録があるため、見本の事業所は作成できません。見本は記録のない新しい台帳でだけ作成できます。</source>
            <translation>This vault already holds {n} records, so the example office cannot be created. Examples can be created only in a new vault without records.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/listing.py" line="161" />
            <source>この台帳は状況で絞り込めません。</source>
            <translation>This register cannot be filtered by status.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/listing.py" line="169" />
            <source>この台帳は日付で絞り込めません。</source>
            <translation>This register cannot be filtered by date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/listing.py" line="95" />
            <source>この列では並べ替えできません: {label}</source>
            <translation>Cannot sort by this column: {label}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/migration.py" line="84" />
            <source>台帳の宣言と既存のマイグレーションに差分がないため、マイグレーションは作成しません。</source>
            <translation>The register declarations and the existing migrations do not differ, so no migration is written.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/migration.py" line="80" />
            <source>マイグレーション名は半角英小文字・数字・_ で、英字から始めてください（例: media_register）: {name}</source>
            <translation>A migration name uses lower-case letters, digits and _ and starts with a letter (e.g. media_register): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/migration.py" line="44" />
            <source>マイグレーションのファイル名が規則（NNNN_名前.sql）に合いません: {name}</source>
            <translation>A migration file name does not follow the rule (NNNN_name.sql): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/schema.py" line="191" />
            <source>{table}.{column} の型が {old} から {new} に変わっています。この変更のマイグレーションは手で書いてください。</source>
            <translation>The type of {table}.{column} has changed from {old} to {new}. Write the migration for this change by hand.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="76" />
            <source>作成</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="76" />
            <source>更新</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="77" />
            <source>削除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="77" />
            <source>CSV取込で作成</source>
            <translation>Created by CSV import</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="78" />
            <source>添付ファイル追加</source>
            <translation>Attachment added</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="78" />
            <source>添付ファイル削除</source>
            <translation>Attachment removed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="79" />
            <source>添付ファイルを保存（書き出し）</source>
            <translation>Attachment saved (exported)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="302" />
            <location filename="../../desktop/registers/service.py" line="452" />
            <source>削除の理由を入力してください。</source>
            <translation>Please enter the reason for deleting.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="238" />
            <source>入力内容を確認してください（{n}件）: {first}</source>
            <translation>Please check your input ({n} problems): {first}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="348" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="102" />
            <source>添付ファイル</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="309" />
            <source>この記録は次の記録から参照されているため削除できません: {where}</source>
            <translation>This record cannot be deleted because other records refer to it: {where}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="121" />
            <source>{register}の記録が見つかりません（ID {id}）。</source>
            <translation>{register} record not found (ID {id}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="58" />
            <source>{label}の「{value}」が{target}に見つかりません。</source>
            <translation>{label}: "{value}" was not found in {target}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="61" />
            <source>{label}の「{value}」に当てはまる{target}が複数あります（{key}が重複しています）。</source>
            <translation>{label}: "{value}" matches more than one record in {target} (duplicate {key}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="111" />
            <source>{label}の参照先（ID {id}）が見つかりません。</source>
            <translation>{label}: the referenced record (ID {id}) was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="45" />
            <source>{label}を入力してください。</source>
            <translation>{label} is required.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="49" />
            <source>{label}は{limit}文字以内で入力してください（現在{n}文字）。</source>
            <translation>{label} must be at most {limit} characters (now {n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="54" />
            <source>{label}の日付が正しくありません（例: 2025-04-01）。</source>
            <translation>{label}: the date is not valid (e.g. 2025-04-01).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="58" />
            <source>{label}の日付が正しくありません: {reason}</source>
            <translation>{label} is not a valid date: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="75" />
            <source>{label}の日時が正しくありません（例: 2025-04-01 09:30）。</source>
            <translation>{label}: the date and time are not valid (e.g. 2025-04-01 09:30).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="409" />
            <source>はい</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="409" />
            <source>いいえ</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="42" />
            <source>{label}を選択してください。</source>
            <translation>Please choose a value for {label}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="44" />
            <source>{label}を1件以上入力してください。</source>
            <translation>{label}: please enter at least one entry.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="246" />
            <source>{label}の「{value}」は選択肢にありません（{options}）。</source>
            <translation>{label}: "{value}" is not one of the choices ({options}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="413" />
            <source>{n}件</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="67" />
            <source>{label}に入力できない制御文字（U+{code:04X}）が含まれています。削除してから入力してください。</source>
            <translation>{label} contains a control character that cannot be entered (U+{code:04X}). Remove it and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="171" />
            <source>{label}には「はい」か「いいえ」を入力してください。</source>
            <translation>{label} must be "Yes" or "No".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="203" />
            <location filename="../../desktop/registers/values.py" line="224" />
            <location filename="../../desktop/registers/values.py" line="218" />
            <location filename="../../desktop/registers/values.py" line="212" />
            <source>{label}には数値を入力してください。</source>
            <translation>{label} must be a number.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="226" />
            <source>{label}の値が大きすぎます。</source>
            <translation>{label} is too large.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="228" />
            <source>{label}は{minimum}以上で入力してください。</source>
            <translation>{label} must be {minimum} or more.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="231" />
            <source>{label}は{maximum}以下で入力してください。</source>
            <translation>{label} must be {maximum} or less.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="263" />
            <location filename="../../desktop/registers/values.py" line="260" />
            <source>{label}の形式が正しくありません（JSONの配列で入力してください）。</source>
            <translation>{label} is not in the right format (enter a JSON array).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="267" />
            <source>{label}の{i}件目の形式が正しくありません。</source>
            <translation>{label}, entry {i}: the format is not valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="293" />
            <source>{label}の{i}件目: {message}</source>
            <translation>{label}, entry {i}: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="136" />
            <source>{label}はSHA-256（16進数64桁）で入力してください。</source>
            <translation>{label} must be a SHA-256 (64 hexadecimal digits).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="221" />
            <location filename="../../desktop/registers/values.py" line="214" />
            <source>{label}には整数を入力してください。</source>
            <translation>{label} must be a whole number.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="274" />
            <source>{label}の{i}件目に不明な項目「{key}」があります。</source>
            <translation>{label}, entry {i}: unknown field "{key}".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="79" />
            <source>従事者</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="82" />
            <source>委託業務の従事者名簿。名札・身分証明書の交付と、離任時の引継を記録します。</source>
            <translation>Roster of the people working on the contract. Records the issue of badges / ID cards and handovers when people leave.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="84" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="74" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="90" />
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="67" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="85" />
            <source>ふりがな</source>
            <translation>Name (kana)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="86" />
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="68" />
            <source>所属</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="87" />
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="69" />
            <source>担当業務</source>
            <translation>Duties</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="88" />
            <source>契約期間（開始）</source>
            <translation>Contract from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="89" />
            <source>契約期間（終了）</source>
            <translation>Contract to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="90" />
            <source>名札・身分証番号</source>
            <translation>Badge / ID card number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="91" />
            <source>名札・身分証の交付日</source>
            <translation>Badge issued on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="92" />
            <source>従事開始日</source>
            <translation>Started on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="93" />
            <source>従事終了日</source>
            <translation>Ended on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="94" />
            <source>在籍状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="30" />
            <source>従事中</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="31" />
            <source>離任</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="95" />
            <source>引継記録</source>
            <translation>Handover records</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="37" />
            <source>引継日</source>
            <translation>Handover date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="38" />
            <source>後任者</source>
            <translation>Successor</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="39" />
            <source>引継資料</source>
            <translation>Handover documents</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="40" />
            <source>引継内容</source>
            <translation>What was handed over</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="84" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="75" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="54" />
            <source>備考</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="99" />
            <source>契約期間（終了）は契約期間（開始）以降の日付にしてください。</source>
            <translation>"Contract to" must be on or after "Contract from".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="101" />
            <source>従事終了日は従事開始日以降の日付にしてください。</source>
            <translation>"Ended on" must be on or after "Started on".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="102" />
            <source>名札・身分証番号を入力した場合は交付日も入力してください。</source>
            <translation>If you enter a badge / ID card number, also enter the date it was issued.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="69" />
            <source>委託業務の管理体制・責任範囲・連絡体制。変更は新しい版として登録します。</source>
            <translation>Management structure, scope of responsibility and contacts for the contract. Register each change as a new version.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="71" />
            <source>適用開始日</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="72" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="80" />
            <source>体制の名称</source>
            <translation>Name of the structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="73" />
            <source>例: ○○システム保守業務 管理体制</source>
            <translation>e.g. ○○ system maintenance – management structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="74" />
            <source>契約名</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="75" />
            <source>改定理由</source>
            <translation>Reason for the revision</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="76" />
            <source>体制表</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="20" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="73" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="89" />
            <source>役割</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="16" />
            <source>情報セキュリティ責任者</source>
            <translation>Information security officer</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="17" />
            <source>業務責任者</source>
            <translation>Project manager</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="18" />
            <source>システム管理者</source>
            <translation>System administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="19" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="59" />
            <source>担当者</source>
            <translation>Staff member</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="20" />
            <source>障害時連絡先</source>
            <translation>Contact for failures</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="21" />
            <source>事故時連絡窓口</source>
            <translation>Contact for security incidents</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="22" />
            <source>保守責任者</source>
            <translation>Maintenance lead</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="23" />
            <source>教育担当者</source>
            <translation>Training lead</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="24" />
            <location filename="../../desktop/registers/definitions/_common.py" line="34" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="22" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="41" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="28" />
            <location filename="../../desktop/registers/definitions/training_plans.py" line="16" />
            <source>その他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="21" />
            <source>氏名（従事者）</source>
            <translation>Name (staff)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="22" />
            <source>氏名（従事者以外）</source>
            <translation>Name (other)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="23" />
            <source>県の担当者や外部の連絡先など、従事者名簿にいない人</source>
            <translation>Someone not on the staff roster, e.g. a prefecture officer or an outside contact</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="24" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="75" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="91" />
            <source>所属・役職</source>
            <translation>Department / title</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="25" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="92" />
            <source>責任範囲</source>
            <translation>Scope of responsibility</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="26" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="76" />
            <source>電話番号</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="27" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="77" />
            <source>電子メール</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="28" />
            <source>連絡可能な時間帯</source>
            <translation>Reachable hours</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="29" />
            <source>連絡順位</source>
            <translation>Order of contact</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="32" />
            <source>氏名（従事者）か氏名（従事者以外）のどちらかを入力してください。</source>
            <translation>Enter either "Name (staff)" or "Name (other)".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="109" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="107" />
            <source>情報機器</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="112" />
            <source>県の情報を記録した情報機器の台帳。物理的な保護措置と、定期的な存在確認の予定を管理します。</source>
            <translation>Register of equipment that holds prefecture data. Tracks physical protection and the schedule of regular equipment checks.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="114" />
            <source>資産番号</source>
            <translation>Asset number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="115" />
            <source>種別</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="17" />
            <source>サーバ</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="18" />
            <source>パソコン</source>
            <translation>PC</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="19" />
            <source>ネットワーク機器</source>
            <translation>Network device</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="20" />
            <source>ストレージ</source>
            <translation>Storage</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="21" />
            <source>複合機・プリンタ</source>
            <translation>Printer / MFP</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="116" />
            <source>メーカー</source>
            <translation>Maker</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="117" />
            <source>型番</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="118" />
            <source>製造番号</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="119" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="72" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="85" />
            <source>設置場所</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="120" />
            <source>物理的保護措置</source>
            <translation>Physical protection</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="25" />
            <source>施錠できる部屋</source>
            <translation>Locked room</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="26" />
            <source>施錠できるラック</source>
            <translation>Locked rack</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="27" />
            <source>施錠できるキャビネット</source>
            <translation>Locked cabinet</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="28" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="32" />
            <source>なし</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="121" />
            <source>県の情報の保存</source>
            <translation>Holds prefecture data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="122" />
            <source>所有者</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="122" />
            <source>例: 石川県、当社、リース会社名</source>
            <translation>e.g. Ishikawa Prefecture, our company, a leasing company</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="123" />
            <source>管理担当者</source>
            <translation>Custodian</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="124" />
            <source>状態</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="31" />
            <source>使用中</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="32" />
            <source>保管中</source>
            <translation>Stored</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="33" />
            <source>修理中</source>
            <translation>Under repair</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="34" />
            <source>廃棄済</source>
            <translation>Disposed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="35" />
            <source>返却済</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="125" />
            <source>登録日</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="126" />
            <source>存在確認の間隔</source>
            <translation>Check interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="128" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="86" />
            <source>最終確認日</source>
            <translation>Last checked on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="129" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="87" />
            <source>次回確認予定日</source>
            <translation>Next check due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="40" />
            <source>存在確認</source>
            <translation>Equipment checks</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="43" />
            <source>情報機器の存在を定期的に確認した記録。確認すると機器の次回確認予定日が更新されます。</source>
            <translation>Records of regular checks that equipment is where it should be. A check updates the equipment's next check date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="45" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="88" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="71" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="84" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="121" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="78" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="93" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="99" />
            <source>対象機器</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="46" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="70" />
            <source>確認日</source>
            <translation>Checked on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="47" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="177" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="73" />
            <source>確認者</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="48" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="74" />
            <source>結果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="13" />
            <source>所在を確認</source>
            <translation>Found</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="14" />
            <source>所在不明</source>
            <translation>Not found</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="49" />
            <source>確認した場所</source>
            <translation>Where it was seen</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="83" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="21" />
            <source>保守作業記録</source>
            <translation>Maintenance records</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="86" />
            <source>重要な情報を扱う情報機器の保守作業の記録。設定変更は県の許可番号・許可日を記録します。</source>
            <translation>Maintenance work on equipment that handles important information. Configuration changes record the prefecture's permission number and date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="89" />
            <source>作業開始日時</source>
            <translation>Started at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="90" />
            <source>作業終了日時</source>
            <translation>Ended at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="91" />
            <source>作業者（従事者）</source>
            <translation>Worker (staff)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="92" />
            <source>作業者（外部技術者）</source>
            <translation>Worker (outside engineer)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="93" />
            <source>メーカーの技術者など、従事者名簿にいない作業者（会社名・氏名）</source>
            <translation>A worker not on the staff roster, e.g. a manufacturer's engineer (company and name)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="94" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="80" />
            <source>作業区分</source>
            <translation>Kind of work</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="23" />
            <source>点検</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="24" />
            <source>修理</source>
            <translation>Repair</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="25" />
            <source>部品交換</source>
            <translation>Parts replacement</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="26" />
            <source>設定変更</source>
            <translation>Configuration change</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="27" />
            <source>ソフトウェア更新</source>
            <translation>Software update</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="95" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="46" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="82" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="57" />
            <source>作業内容</source>
            <translation>Work</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="96" />
            <source>作業結果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="31" />
            <source>正常</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="32" />
            <source>要対応</source>
            <translation>Follow-up needed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="33" />
            <source>不具合継続</source>
            <translation>Problem persists</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="97" />
            <source>結果の詳細</source>
            <translation>Result details</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="98" />
            <source>次回予定日</source>
            <translation>Next planned on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="99" />
            <source>許可番号</source>
            <translation>Permission number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="100" />
            <source>設定変更のときは県の許可番号を入力します（A5-2-4）</source>
            <translation>For a configuration change, enter the prefecture's permission number (A5-2-4)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="101" />
            <source>許可日</source>
            <translation>Permission date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="106" />
            <source>作業終了日時は作業開始日時より後にしてください。</source>
            <translation>"Ended at" must be after "Started at".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="107" />
            <source>作業者（従事者）か作業者（外部技術者）のどちらかを入力してください。</source>
            <translation>Enter either "Worker (staff)" or "Worker (outside engineer)".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="109" />
            <source>次回予定日は作業開始日以降の日付にしてください。</source>
            <translation>"Next planned on" must be on or after the start of the work.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="111" />
            <source>許可番号と許可日は両方を入力してください。</source>
            <translation>Enter both the permission number and the permission date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="154" />
            <source>データ交換</source>
            <translation>Data exchanges</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="157" />
            <source>外部とのデータ交換の記録。先に交換日程を登録し、交換後にファイルの照合と保存領域からの削除を確認します。</source>
            <translation>Records of data exchanged with outside parties. Register the schedule first; after the exchange, verify the file and confirm its deletion from the storage area.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="159" />
            <source>交換予定日</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="160" />
            <source>日程の登録日時</source>
            <translation>Schedule recorded at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="161" />
            <source>相手方</source>
            <translation>Counterpart</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="162" />
            <source>送受の別</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="30" />
            <source>送付（提供）</source>
            <translation>Send</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="31" />
            <source>受領</source>
            <translation>Receive</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="163" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="98" />
            <source>交換方法</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="34" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="34" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="216" />
            <source>LGWAN</source>
            <translation>LGWAN</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="35" />
            <source>専用線</source>
            <translation>Dedicated line</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="36" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="36" />
            <source>VPN</source>
            <translation>VPN</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="37" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="37" />
            <source>SFTP</source>
            <translation>SFTP</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="38" />
            <source>電子メール（暗号化）</source>
            <translation>Encrypted e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="39" />
            <source>ファイル交換サービス</source>
            <translation>File exchange service</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="40" />
            <source>媒体の手渡し</source>
            <translation>Media by hand</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="164" />
            <source>使用回線・通信手段</source>
            <translation>Line / channel</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="165" />
            <source>保存領域</source>
            <translation>Designated storage area</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="166" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="99" />
            <source>交換データの内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="167" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="96" />
            <source>交換日時</source>
            <translation>Exchanged at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="168" />
            <source>実施者</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="169" />
            <source>ファイル名</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="170" />
            <source>ファイルサイズ（当方計算）</source>
            <translation>File size (computed)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="172" />
            <source>SHA-256（当方計算）</source>
            <translation>SHA-256 (computed)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="173" />
            <source>相手方申告のファイルサイズ</source>
            <translation>Reported size</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="174" />
            <source>相手方申告のSHA-256</source>
            <translation>Reported SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="175" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="86" />
            <source>照合結果</source>
            <translation>Verification</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="44" />
            <source>一致</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="45" />
            <source>不一致</source>
            <translation>Mismatch</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="46" />
            <source>未照合</source>
            <translation>Not verified</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="176" />
            <source>削除確認日</source>
            <translation>Deletion confirmed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="178" />
            <source>第三者への提供</source>
            <translation>Given to a third party</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="179" />
            <source>県の了解の文書番号</source>
            <translation>Prefecture consent number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="180" />
            <source>県の了解日</source>
            <translation>Prefecture consent date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="52" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="181" />
            <source>中止</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="182" />
            <source>状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="49" />
            <source>予定</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="50" />
            <source>交換済</source>
            <translation>Exchanged</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="51" />
            <source>削除確認済</source>
            <translation>Deletion confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="186" />
            <source>交換日時か交換予定日のどちらかを入力してください。</source>
            <translation>Enter either "Exchanged at" or "Planned date".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="188" />
            <source>交換日時を入力した場合は実施者を選択してください。</source>
            <translation>When "Exchanged at" is entered, choose who handled it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="189" />
            <source>削除確認日は交換日以降の日付にしてください。</source>
            <translation>"Deletion confirmed on" must be on or after the exchange date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="190" />
            <source>削除確認日は交換日時を入力してから記録してください。</source>
            <translation>Enter "Exchanged at" before recording the deletion.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="191" />
            <source>削除確認日と確認者は両方を入力してください。</source>
            <translation>Enter both the deletion date and who confirmed it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="193" />
            <source>県の了解は「第三者への提供」が「はい」のときに記録します。</source>
            <translation>Record the prefecture's consent only when "Given to a third party" is "Yes".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="63" />
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="44" />
            <source>教育計画</source>
            <translation>Training plans</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="66" />
            <source>年度ごとの教育計画。運用方法や操作手順が変わるときは、その教育も計画します。</source>
            <translation>Training plans for each fiscal year. When operations or procedures change, plan training for that too.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="68" />
            <source>年度</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="69" />
            <source>4月始まりの年度を西暦で（例: 2025 = 令和7年度）</source>
            <translation>Fiscal year starting in April, as a Western year (e.g. 2025 = 令和7年度)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="70" />
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="45" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="47" />
            <source>テーマ</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="71" />
            <source>教育の契機</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="13" />
            <source>定期教育</source>
            <translation>Regular training</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="14" />
            <source>運用変更に伴う教育</source>
            <translation>Training for an operations change</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="15" />
            <source>新任者教育</source>
            <translation>Training for new staff</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="72" />
            <source>対象者</source>
            <translation>Who should attend</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="73" />
            <source>実施予定月</source>
            <translation>Planned month</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="74" />
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="47" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="49" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="38" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="12" />
            <source>教育実施記録</source>
            <translation>Training sessions</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="41" />
            <source>実施した教育の記録。受講者は従事者から選びます。</source>
            <translation>Records of training held. Attendees are chosen from the staff roster.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="43" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="46" />
            <source>実施日</source>
            <translation>Held on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="46" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="48" />
            <source>講師</source>
            <translation>Trainer</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="48" />
            <source>受講者</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="49" />
            <source>理解度の確認方法</source>
            <translation>How understanding was checked</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="14" />
            <source>確認テスト</source>
            <translation>Quiz</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="15" />
            <source>レポート</source>
            <translation>Written report</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="16" />
            <source>口頭での確認</source>
            <translation>Oral check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="17" />
            <source>実施せず</source>
            <translation>Not checked</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="50" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="62" />
            <source>確認結果</source>
            <translation>Result of the check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="51" />
            <source>教材</source>
            <translation>Materials</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="117" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="14" />
            <source>事故対応手順書</source>
            <translation>Incident runbooks</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="120" />
            <source>事故の種類ごとの対応手順（原因究明・証拠の収集と保管・復旧手順）。定期的に見直します。</source>
            <translation>Response procedures for each type of incident (cause investigation, evidence collection and storage, recovery). Review them regularly.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="122" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="44" />
            <source>手順書名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="111" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="123" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="42" />
            <source>事故の種類</source>
            <translation>Incident type</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="28" />
            <source>情報漏えい</source>
            <translation>Information leak</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="29" />
            <source>ウイルス感染</source>
            <translation>Malware infection</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="30" />
            <source>不正アクセス</source>
            <translation>Unauthorised access</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="31" />
            <source>機器障害</source>
            <translation>Equipment failure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="32" />
            <source>媒体紛失</source>
            <translation>Loss of media</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="33" />
            <source>改ざん</source>
            <translation>Tampering</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="124" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="46" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="46" />
            <source>版</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="125" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="47" />
            <source>最終見直し日</source>
            <translation>Last reviewed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="126" />
            <source>見直し間隔</source>
            <translation>Review interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="128" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="49" />
            <source>次回見直し期限</source>
            <translation>Next review due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="129" />
            <source>手順</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="45" />
            <source>区分</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="37" />
            <source>原因究明</source>
            <translation>Cause investigation</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="38" />
            <source>証拠の収集・保管</source>
            <translation>Evidence collection and storage</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="39" />
            <source>復旧手順</source>
            <translation>Recovery procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="47" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="58" />
            <source>担当する役割</source>
            <translation>Responsible role</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="48" />
            <source>管理体制の役割から選びます</source>
            <translation>Choose from the roles in the management structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="49" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="62" />
            <source>補足</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="133" />
            <source>手順には「原因究明」「証拠の収集・保管」「復旧手順」のすべてを含めてください。</source>
            <translation>The steps must cover all of "Cause investigation", "Evidence collection and storage" and "Recovery procedure".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="105" />
            <source>事故記録</source>
            <translation>Security incidents</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="108" />
            <source>情報セキュリティ事故の記録。経過・証拠物件・復旧確認と、原因・回復方法・再発防止策を記録します。</source>
            <translation>Records of information security incidents: timeline, evidence, confirmation of recovery, cause, recovery method and prevention measures.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="110" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="41" />
            <source>件名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="112" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="43" />
            <source>発見日時</source>
            <translation>Detected at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="113" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="44" />
            <source>県への報告日時</source>
            <translation>Reported to the prefecture at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="114" />
            <source>報告先</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="114" />
            <source>例: 石川県 総務部 情報政策課 ○○様</source>
            <translation>e.g. Mr/Ms ○○, Information Policy Division, General Affairs Department, Ishikawa Prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="115" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="45" />
            <source>影響を受けたシステム</source>
            <translation>Affected systems</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="116" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="46" />
            <source>影響を受けたデータ</source>
            <translation>Affected data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="117" />
            <source>使用した手順書</source>
            <translation>Runbook followed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="118" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="47" />
            <source>対応状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="34" />
            <source>対応中</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="35" />
            <source>復旧済</source>
            <translation>Recovered</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="36" />
            <source>完了（報告済）</source>
            <translation>Closed (reported)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="43" />
            <location filename="../../desktop/registers/definitions/incidents.py" line="119" />
            <source>経過</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="42" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="59" />
            <source>日時</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="44" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="59" />
            <source>記録者</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="51" />
            <location filename="../../desktop/registers/definitions/incidents.py" line="120" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="79" />
            <source>証拠物件</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="52" />
            <source>収集日時</source>
            <translation>Collected at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="53" />
            <source>収集者</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="54" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="81" />
            <location filename="../../desktop/submittals/forms/passphrase_sheet.py" line="70" />
            <location filename="../../desktop/submittals/forms/recovery_sheet.py" line="114" />
            <source>保管場所</source>
            <translation>Where it is kept</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="55" />
            <location filename="../../desktop/registers/definitions/incidents.py" line="55" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="82" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="56" />
            <source>証拠ファイルを添付すると自動で計算されます。添付できない物件は別途計算した値を入力します</source>
            <translation>Calculated automatically when the evidence file is attached. For items that cannot be attached, enter a value calculated separately</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="57" />
            <source>保管・受渡しの記録</source>
            <translation>Chain of custody</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="121" />
            <source>証拠ファイル</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="122" />
            <source>復旧確認者</source>
            <translation>Recovery confirmed by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="123" />
            <source>復旧確認日時</source>
            <translation>Recovery confirmed at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="124" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="116" />
            <source>原因</source>
            <translation>Cause</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="125" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="116" />
            <source>回復方法</source>
            <translation>Recovery method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="126" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="117" />
            <source>再発防止策</source>
            <translation>Prevention measures</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="130" />
            <source>県への報告日時は発見日時以降にしてください。</source>
            <translation>"Reported to the prefecture at" must be on or after "Detected at".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="131" />
            <source>復旧確認日時は発見日時以降にしてください。</source>
            <translation>"Recovery confirmed at" must be on or after "Detected at".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="133" />
            <source>復旧確認者と復旧確認日時は両方を入力してください。</source>
            <translation>Enter both who confirmed the recovery and when.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="135" />
            <source>「復旧済」「完了」にするには復旧確認（確認者・日時）を入力してください。</source>
            <translation>To set "Recovered" or "Closed", enter the recovery confirmation (who and when).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="137" />
            <source>「完了」にするには原因を入力してください。</source>
            <translation>Enter the cause before setting "Closed".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="138" />
            <source>「完了」にするには回復方法を入力してください。</source>
            <translation>Enter the recovery method before setting "Closed".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="139" />
            <source>「完了」にするには再発防止策を入力してください。</source>
            <translation>Enter the prevention measures before setting "Closed".</translation>
        </message>
        <message>
            <source>ファイルを読み取れません: {path}（{reason}）</source>
            <translation type="obsolete">Cannot read the file: {path} ({reason})</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../ui/registers/due_list.py" line="180" />
            <location filename="../../ui/registers/section.py" line="78" />
            <source>台帳</source>
            <translation>Registers</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../desktop/backup/history.py" line="16" />
            <source>バックアップを促すまでの日数（0で通知しない）</source>
            <translation>Days before reminding you to make a backup (0: no reminder)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/attachments.py" line="35" />
            <source>添付ファイルの上限サイズ（MB）</source>
            <translation>Maximum attachment size (MB)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="14" />
            <source>情報機器の存在確認の間隔（か月、新しい機器の既定値）</source>
            <translation>Interval of equipment existence checks (months; default for new equipment)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="27" />
            <source>データ交換後、保存領域からの削除確認までの日数</source>
            <translation>Days after a data exchange until its deletion from the storage area must be confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="34" />
            <source>事故対応手順書の見直し間隔（か月、既定値）</source>
            <translation>Review interval of incident runbooks (months; default)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="74" />
            <source>商号又は名称</source>
            <translation>Company name</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="75" />
            <source>所在地</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="76" />
            <source>代表者職氏名</source>
            <translation>Representative (title and name)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="77" />
            <source>契約名・所管課</source>
            <translation>Contract name / responsible section</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="78" />
            <source>担当者</source>
            <translation>Contact person</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="79" />
            <source>電話番号</source>
            <translation>Telephone</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="80" />
            <source>電子メール</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="82" />
            <source>自動ロックまでの時間（分）</source>
            <translation>Minutes until automatic lock</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="83" />
            <source>パスワードの最小文字数</source>
            <translation>Minimum password length</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="84" />
            <source>パスワード強度の下限（0〜4）</source>
            <translation>Minimum password strength (0–4)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="85" />
            <source>再使用を禁止する過去のパスワード数</source>
            <translation>Number of previous passwords that may not be reused</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="86" />
            <source>パスワードの有効期間（日、0で無期限）</source>
            <translation>Password validity (days; 0: no expiry)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="88" />
            <source>ロックアウトまでの失敗回数</source>
            <translation>Failed attempts before lockout</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="89" />
            <source>ロックアウト時間（分）</source>
            <translation>Lockout duration (minutes)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="90" />
            <source>日付の表示（wareki: 和暦 / western: 西暦）</source>
            <translation>Date display (wareki: Japanese era / western: Western calendar)</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/__init__.py" line="60" />
            <location filename="../../desktop/settings/service.py" line="43" />
            <source>設定「{label}」の値が正しくありません。</source>
            <translation>The value of the setting "{label}" is not valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/settings/service.py" line="39" />
            <source>不明な設定項目です: {key}</source>
            <translation>Unknown setting: {key}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="37" />
            <source>文書番号の書式（{prefix} 記号、{n} 番号、{nendo} 年度。空欄にすると番号を付けない）</source>
            <translation>Document number format ({prefix} code, {n} number, {nendo} fiscal year; leave empty for no number)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="39" />
            <source>文書番号の記号（例: 北情）</source>
            <translation>Document number code (e.g. 北情)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="40" />
            <source>文書番号を年度ごとに1から振り直す</source>
            <translation>Restart document numbers at 1 every fiscal year</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="41" />
            <source>提出書類の宛先</source>
            <translation>Addressee of submittals</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="43" />
            <source>提出書類の明朝体フォントファイル（空欄: 自動）</source>
            <translation>Mincho font file for submittals (empty: automatic)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="46" />
            <source>提出書類のゴシック体フォントファイル（空欄: 自動）</source>
            <translation>Gothic font file for submittals (empty: automatic)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="55" />
            <source>押印欄の見出し（{title}）</source>
            <translation>Headings of the seal boxes ({title})</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/admin/settings.py" line="380" />
            <location filename="../../ui/admin/settings.py" line="356" />
            <source>設定</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="53" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="90" />
            <source>提出書類の申請者欄などに使われる事業者の情報です。</source>
            <translation>Details of the company, used in the applicant block of submittals.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="146" />
            <source>自動ロックとパスワードの規則です。変更は監査ログに記録されます。</source>
            <translation>Automatic lock and password rules. Changes are recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="153" />
            <source>記録の期限（要対応の判定）、添付ファイルの上限、バックアップの催促の間隔です。</source>
            <translation>Record due dates (what counts as needing action), the attachment size limit and the backup reminder interval.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="160" />
            <source>日付の表示方法と、画面の言語です。</source>
            <translation>How dates are shown, and the language of the screens.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="164" />
            <source>和暦（令和7年4月1日）</source>
            <translation>Japanese era (令和7年4月1日)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="165" />
            <source>西暦（2025年4月1日）</source>
            <translation>Western (2025年4月1日)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="170" />
            <source>言語の変更は、アプリを再起動すると反映されます（このPCのこのユーザーの設定です）。</source>
            <translation>A change of language takes effect when the application is restarted (a setting for this user on this PC).</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="173" />
            <source>日付の表示</source>
            <translation>Date display</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="174" />
            <source>言語 / Language</source>
            <translation>言語 / Language</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="221" />
            <source>このPCを登録</source>
            <translation>Register this PC</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="223" />
            <source>削除…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="231" />
            <source>台帳を開ける端末（PC）の一覧です（ガイドライン第10 端末の限定）。削除した端末では台帳を開けなくなります。削除すると台帳の暗号鍵が更新されます。</source>
            <translation>The terminals (PCs) that can open the vault (guideline 10, restriction of terminals). A removed terminal can no longer open the vault. Removing a terminal renews the vault's encryption key.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="300" />
            <source>このPCを登録しています…</source>
            <translation>Registering this PC…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="318" />
            <source>端末を削除し、暗号鍵を更新しています…</source>
            <translation>Removing the terminal and renewing the encryption key…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="367" />
            <source>事業者情報</source>
            <translation>Company details</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="368" />
            <source>セキュリティ</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="369" />
            <source>記録と期限</source>
            <translation>Records and due dates</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="370" />
            <source>表示と言語</source>
            <translation>Display and language</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="371" />
            <source>端末</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="85" />
            <source>変更はありません。</source>
            <translation>Nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="204" />
            <source>言語の設定を保存しました。アプリを再起動すると反映されます。</source>
            <translation>The language setting has been saved. It takes effect when the application is restarted.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="217" />
            <source>端末名</source>
            <translation>Terminal name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="217" />
            <source>端末ID</source>
            <translation>Terminal ID</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="218" />
            <source>登録日時</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="256" />
            <source>このPC</source>
            <translation>This PC</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="264" />
            <source>端末の限定: 有効。登録済みの端末でだけ台帳を開けます。</source>
            <translation>Terminal binding: on. The vault opens only on registered terminals.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="266" />
            <source>端末の限定を解除…</source>
            <translation>Turn terminal binding off…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="268" />
            <source>端末の限定: 無効。台帳ファイルと鍵ファイルをコピーすれば、パスワードを知っている人はどのPCでも開けます。</source>
            <translation>Terminal binding: off. Anyone who copies the vault file and key file and knows a password can open it on any PC.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="271" />
            <source>端末の限定を有効にする…</source>
            <translation>Turn terminal binding on…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="293" />
            <source>このPCでは安全なキーリング（資格情報の保管場所）が使えないため、端末として登録できません。</source>
            <translation>This PC cannot be registered as a terminal because no secure keyring (credential store) is available here.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="310" />
            <source>端末「{name}」（{id}）を削除します。この端末では台帳を開けなくなり、台帳の暗号鍵が更新されます。</source>
            <translation>The terminal "{name}" ({id}) will be removed. It will no longer open the vault, and the vault's encryption key will be renewed.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="313" />
            <source>これは今使っているPCです。削除すると、次回からこのPCではリカバリーキーがないと台帳を開けません。</source>
            <translation>This is the PC you are using now. After removing it, this PC can open the vault only with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="315" />
            <source>端末の削除</source>
            <translation>Remove terminal</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="332" />
            <location filename="../../ui/admin/settings.py" line="346" />
            <source>設定を変更しています…</source>
            <translation>Changing the setting…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="316" />
            <source>削除する</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="325" />
            <source>端末の限定を解除</source>
            <translation>Turn terminal binding off</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="326" />
            <source>端末の限定を解除すると、台帳ファイルと鍵ファイルをコピーした人は、ユーザーのパスワードがあればどのPCでも台帳を開けるようになります。ガイドライン第10（端末の限定）を満たさなくなります。

この操作は監査ログに記録されます。本当に解除しますか？</source>
            <translation>With terminal binding off, anyone who copies the vault file and key file can open the vault on any PC with a user's password. The vault will no longer meet guideline 10 (restriction of terminals).

This action is recorded in the audit log. Do you really want to turn it off?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="337" />
            <source>このPCでは安全なキーリング（資格情報の保管場所）が使えないため、端末の限定を有効にできません。</source>
            <translation>Terminal binding cannot be turned on because no secure keyring (credential store) is available on this PC.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="341" />
            <source>端末の限定を有効にする</source>
            <translation>Turn terminal binding on</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="342" />
            <source>このPCを登録端末にし、台帳の暗号鍵を更新します。以後、他のPCはリカバリーキーで登録するまで台帳を開けません。続けますか？</source>
            <translation>This PC becomes a registered terminal and the vault's encryption key is renewed. Other PCs cannot open the vault until they are registered with the recovery key. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="83" />
            <source>設定を保存しました（{n}項目）。</source>
            <translation>Settings saved ({n} items).</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="301" />
            <source>このPCを端末として登録しました。</source>
            <translation>This PC has been registered as a terminal.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="319" />
            <source>端末を削除しました。</source>
            <translation>The terminal has been removed.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="330" />
            <source>解除する</source>
            <translation>Turn off</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="344" />
            <source>有効にする</source>
            <translation>Turn on</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="333" />
            <source>端末の限定を解除しました。</source>
            <translation>Terminal binding has been turned off.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="347" />
            <source>端末の限定を有効にしました。</source>
            <translation>Terminal binding has been turned on.</translation>
        </message>
    </context>
    <context>
        <name>Submittals</name>
        <message>
            <location filename="../../desktop/submittals/fonts.py" line="202" />
            <source>PDF の作成に必要な日本語の明朝体フォント（TrueType 形式）が見つかりません。
・Debian / Ubuntu: 「sudo apt install fonts-ipaexfont-mincho」でインストールしてください。
・Windows: 「BIZ UD明朝」（Windows 10 以降に標準搭載）または「MS 明朝」が必要です。
・macOS: IPAex明朝（https://moji.or.jp/ipafont/）をインストールしてください。
フォントファイル（.ttf / .ttc）の場所は設定で指定することもできます。</source>
            <translation>The Japanese Mincho font (TrueType) needed to make PDFs was not found.
• Debian / Ubuntu: install it with "sudo apt install fonts-ipaexfont-mincho".
• Windows: "BIZ UDMincho" (included since Windows 10) or "MS Mincho" is needed.
• macOS: install IPAex Mincho (https://moji.or.jp/ipafont/).
You can also give the location of a font file (.ttf / .ttc) in the settings.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/fonts.py" line="79" />
            <source>ファイルが見つかりません</source>
            <translation>File not found</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/fonts.py" line="101" />
            <source>日本語の文字が含まれていません</source>
            <translation>It contains no Japanese characters</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/fonts.py" line="98" />
            <source>フォントファイルを読み込めません</source>
            <translation>The font file cannot be read</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/fonts.py" line="93" />
            <source>TrueType 形式ではありません（OpenType/CFF 形式は埋め込めません）</source>
            <translation>Not a TrueType font (OpenType/CFF fonts cannot be embedded)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/fonts.py" line="191" />
            <source>設定されたフォントファイルを使用できません: {path}（{reason}）
管理者が「提出書類」の「書式の設定…」で、明朝体・ゴシック体のフォントファイル（TrueType 形式の .ttf / .ttc）を指定し直すか、空欄にして自動で探すようにしてください。</source>
            <translation>The configured font file cannot be used: {path} ({reason})
An administrator should choose the Mincho and Gothic font files (TrueType .ttf / .ttc) again under "Submittals" › "Format settings…", or leave them empty so that they are found automatically.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/__init__.py" line="114" />
            <location filename="../../desktop/submittals/service.py" line="428" />
            <source>提出書類の種類が見つかりません: {slug}</source>
            <translation>Submittal kind not found: {slug}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/_data.py" line="42" />
            <source>{register}の記録 #{id} が見つかりません。</source>
            <translation>{register} record #{id} not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="121" />
            <source>最終報告を作成するには、事故記録に次を入力してください: {items}</source>
            <translation>To create the final report, enter the following in the incident record: {items}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/management_structure.py" line="21" />
            <source>{date}時点の管理体制が登録されていません。管理体制の台帳に、適用開始日がこの日以前の版を登録してください。</source>
            <translation>No management structure is registered as of {date}. Register a version in the management-structure register that takes effect on or before this date.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/passphrase_sheet.py" line="89" />
            <source>保管票を作れるのは、このアプリが生成したパスフレーズだけです。</source>
            <translation>A sheet can only be made for a passphrase generated by this app.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/recovery_sheet.py" line="158" />
            <source>リカバリーキーの形式が正しくありません。</source>
            <translation>The recovery key is not in the right format.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="70" />
            <source>文書番号の書式が正しくありません: {fmt}（{{n}} を含め、使えるのは {{prefix}} {{n}} {{nendo}} {{fy}} だけです）</source>
            <translation>The document number format is not valid: {fmt} (it must contain {{n}}, and only {{prefix}} {{n}} {{nendo}} {{fy}} may be used)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="617" />
            <source>記録が発行後に変更されています。</source>
            <translation>The records have changed since the document was issued. </translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="617" />
            <source>いま台帳の記録から作り直した文書は、発行した文書と内容が異なります（SHA-256 が記録と一致しません）。発行時の文書は、提出した控えで確認してください。</source>
            <translation>The document just re-created from the vault's records differs from the document issued (its SHA-256 does not match the record). Check the document as issued against the copy you submitted.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="616" />
            <source>発行時の文書と一致します（SHA-256 が記録と同じです）。</source>
            <translation>Matches the document as issued (the SHA-256 is the same as recorded).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="623" />
            <source>なお、発行時とフォントが異なります（発行時: {old}、現在: {new}）。フォントの違いだけでも SHA-256 は変わります。</source>
            <translation>Note also that the font differs from the one used when it was issued (then: {old}, now: {new}). A different font alone changes the SHA-256.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="306" />
            <location filename="../../ui/submittals/section.py" line="166" />
            <source>期間</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="308" />
            <source>期間の初日</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="308" />
            <source>期間の末日</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="311" />
            <source>期間の末日が初日より前になっています。</source>
            <translation>The last day of the period is before the first day.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="318" />
            <location filename="../../desktop/submittals/service.py" line="320" />
            <location filename="../../ui/submittals/section.py" line="167" />
            <source>基準日</source>
            <translation>Reference date</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="325" />
            <location filename="../../ui/submittals/section.py" line="168" />
            <source>年度</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="339" />
            <source>「{title}」を作成するには、次を指定してください: {items}</source>
            <translation>To create "{title}", please give: {items}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="401" />
            <source>この書類は作成できません: {title}</source>
            <translation>This document cannot be created: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="580" />
            <source>発行履歴が見つかりません: {id}</source>
            <translation>Issue record not found: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="628" />
            <source>なお、発行時とアプリの版が異なります（発行時: {old}、現在: {new}）。</source>
            <translation>Note also that the application version differs from the one used when it was issued (then: {old}, now: {new}).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="649" />
            <source>発行時の文書と一致しないため、控えとして保存できません。</source>
            <translation>It does not match the document as issued, so it cannot be saved as a copy.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="272" />
            <source>{what}の日付が正しくありません: {value}（例: 2025-04-01）</source>
            <translation>The date of {what} is not valid: {value} (e.g. 2025-04-01)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="292" />
            <source>対象の記録</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="613" />
            <source>この文書は再作成できません: {reason}</source>
            <translation>This document cannot be re-created: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="333" />
            <source>年度が正しくありません: {value}（例: 2025）</source>
            <translation>The fiscal year is not valid: {value} (e.g. 2025)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="298" />
            <source>記録の番号が正しくありません: {value}</source>
            <translation>The record number is not valid: {value}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/history_model.py" line="14" />
            <source>発行日時</source>
            <translation>Issued</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/history_model.py" line="15" />
            <location filename="../../ui/submittals/settings_dialog.py" line="70" />
            <source>文書番号</source>
            <translation>Document number</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/history_model.py" line="16" />
            <source>表題</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/history_model.py" line="17" />
            <source>発行者</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/history_model.py" line="18" />
            <source>ページ</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/history_model.py" line="19" />
            <source>サイズ</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/history_model.py" line="20" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="45" />
            <source>件名・番号などの一部を入力して検索</source>
            <translation>Search by part of a title, number, …</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="105" />
            <source>（すべて）</source>
            <translation>(all)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="117" />
            <source>検索できませんでした。</source>
            <translation>The search failed.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="109" />
            <source>（該当する記録がありません）</source>
            <translation>(no matching records)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="110" />
            <source>（登録されている記録がありません）</source>
            <translation>(no records registered)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="119" />
            <source>一致する記録のうち先頭の{n}件を表示しています。さらに入力して絞り込んでください。</source>
            <translation>Showing the first {n} matching records. Type more to narrow the search.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="123" />
            <source>{n}件が一致しました。</source>
            <translation>{n} records match.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="628" />
            <location filename="../../ui/submittals/section.py" line="628" />
            <source>提出書類</source>
            <translation>Submittals</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="162" />
            <source>作成の条件</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="164" />
            <location filename="../../ui/submittals/section.py" line="323" />
            <source>対象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="170" />
            <location filename="../../ui/submittals/section.py" line="252" />
            <source>プレビュー</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="174" />
            <source>印刷…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="177" />
            <source>PDFとして保存…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="183" />
            <source>書式の設定…</source>
            <translation>Format settings…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="185" />
            <source>文書番号・宛先・押印欄・フォント（管理者）</source>
            <translation>Document numbers, addressee, seal boxes and fonts (administrators)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="232" />
            <source>再作成して照合</source>
            <translation>Re-create and compare</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="234" />
            <source>記録されたときの条件で文書を作り直し、発行時の SHA-256 と一致するかを確かめます。</source>
            <translation>Re-creates the document with the conditions recorded at issue and checks that it matches the SHA-256 recorded then.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="239" />
            <source>印刷または保存した提出書類は、文書番号・発行者・日時・SHA-256 とともに記録されます。行を選んで「再作成して照合」を押すと、発行時の内容と一致するかを確認できます。</source>
            <translation>Submittals that are printed or saved are recorded with their document number, issuer, date and time, and SHA-256. Select a row and press "Re-create and compare" to check that it matches what was issued.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="253" />
            <source>発行履歴</source>
            <translation>Issue history</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="377" />
            <source>「プレビュー」で内容を確認してから、印刷または保存してください。</source>
            <translation>Check the contents with "Preview", then print or save.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="450" />
            <source>印刷または保存すると発行し、発行履歴に記録します。</source>
            <translation>Printing or saving issues the document and records it in the issue history.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="452" />
            <source>内容を確認して「印刷…」または「PDFとして保存…」を押してください。</source>
            <translation>Check the contents, then press "Print…" or "Save as PDF…".</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="453" />
            <source>プレビューを作成しました。</source>
            <translation>Preview created.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="463" />
            <source>発行しています…</source>
            <translation>Issuing…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="548" />
            <source>印刷</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="561" />
            <source>PDFとして保存</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="562" />
            <source>PDF ファイル (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="593" />
            <source>発行済みの文書を再作成しています…</source>
            <translation>Re-creating the issued document…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="142" />
            <source>〜</source>
            <translation>–</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="191" />
            <source>書類</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="445" />
            <source>プレビュー（未発行）: {pages}ページ。</source>
            <translation>Preview (not issued): {pages} pages.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="531" />
            <source>印刷しました。</source>
            <translation>Printed.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="600" />
            <source>{number} {title}（{when} 発行）: </source>
            <translation>{number} {title} (issued {when}): </translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="619" />
            <source>発行済みの文書を表示しています。</source>
            <translation>Showing an issued document.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="619" />
            <source>発行時と内容が異なるため、この文書は印刷・保存できません。</source>
            <translation>This document differs from what was issued, so it cannot be printed or saved.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="304" />
            <source>{label}（{start}〜{end}）</source>
            <translation>{label} ({start}–{end})</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="437" />
            <source>{title}を作成しています…</source>
            <translation>Creating {title}…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="447" />
            <source>印刷または保存すると、文書番号「{number}」で発行し、発行履歴に記録します。</source>
            <translation>Printing or saving issues it as document number "{number}" and records it in the issue history.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="621" />
            <source>再作成して照合しました: {result}</source>
            <translation>Re-created and compared: {result}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="474" />
            <source>発行済み: {number}（{date}）SHA-256 {sha}</source>
            <translation>Issued: {number} ({date}) SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="569" />
            <source>保存しました: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="616" />
            <source>記録された SHA-256: {a}
再作成の SHA-256: {b}</source>
            <translation>Recorded SHA-256: {a}
Re-created SHA-256: {b}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="622" />
            <source>一致</source>
            <translation>match</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="622" />
            <source>不一致</source>
            <translation>mismatch</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="121" />
            <source>対応する条項: {c}</source>
            <translation>Related clauses: {c}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="475" />
            <source>番号なし</source>
            <translation>No number</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="36" />
            <source>提出書類の書式設定</source>
            <translation>Submittal format settings</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="52" />
            <source>年度ごとに1から振り直す</source>
            <translation>Restart from 1 each fiscal year</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="59" />
            <source>空欄: 自動（IPAex明朝、BIZ UD明朝など）</source>
            <translation>Empty: automatic (IPAex Mincho, BIZ UDMincho, …)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="62" />
            <source>空欄: 自動（IPAexゴシック、BIZ UDゴシックなど）</source>
            <translation>Empty: automatic (IPAex Gothic, BIZ UDGothic, …)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="72" />
            <source>記号</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="73" />
            <source>書式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="74" />
            <source>{prefix} は記号、{n} は番号、{nendo} は年度（令和7年度）に置き換わります。書式を空欄にすると番号を付けません。</source>
            <translation>{prefix} is replaced by the code, {n} by the number and {nendo} by the fiscal year (令和7年度). Leave the format empty for no numbers.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="80" />
            <source>宛先・フォント</source>
            <translation>Addressee and fonts</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="82" />
            <source>宛先</source>
            <translation>Addressee</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="83" />
            <source>明朝体フォント</source>
            <translation>Mincho font</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="84" />
            <source>ゴシック体フォント</source>
            <translation>Gothic font</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="88" />
            <source>押印欄（見出しを「、」で区切って入力。空欄: 押印欄なし）</source>
            <translation>Seal boxes (headings separated by "、"; empty: no seal boxes)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="100" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="101" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="111" />
            <source>参照…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="123" />
            <source>TrueType フォント (*.ttf *.ttc);;すべてのファイル (*)</source>
            <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="138" />
            <source>（明朝体で代用）</source>
            <translation>(Mincho used instead)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="83" />
            <source>明朝体フォントファイルを選択</source>
            <translation>Choose the Mincho font file</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="85" />
            <source>ゴシック体フォントファイルを選択</source>
            <translation>Choose the Gothic font file</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="94" />
            <source>例: 責任者、担当者</source>
            <translation>e.g. 責任者、担当者</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="139" />
            <source>使用するフォント: 明朝 {mincho}／ゴシック {gothic}</source>
            <translation>Fonts in use: Mincho {mincho} / Gothic {gothic}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/management_structure.py" line="15" />
            <source>管理体制及び責任範囲届</source>
            <translation>Management structure notification</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/management_structure.py" line="119" />
            <source>基準日に適用されている管理体制（役割・氏名・責任範囲・連絡先）を届け出ます。</source>
            <translation>Notifies the management structure in effect on the reference date (roles, names, scope of responsibility, contacts). Printed as 管理体制及び責任範囲届.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/contact_list.py" line="19" />
            <source>障害時・事故時連絡体制表</source>
            <translation>Failure and incident contact list</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/contact_list.py" line="99" />
            <source>障害・事故のときの連絡先を連絡順位の順に一覧にします（基準日の管理体制から）。</source>
            <translation>Lists the contacts for failures and incidents in order of contact (from the management structure on the reference date). Printed as 障害時・事故時連絡体制表.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="18" />
            <source>従事者名簿</source>
            <translation>Staff roster</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="92" />
            <source>基準日に従事している者の名簿です。名札・身分証明書の番号と交付日を載せます。</source>
            <translation>Roster of the people working on the contract on the reference date, with badge / ID card numbers and issue dates. Printed as 従事者名簿.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="23" />
            <source>データ交換記録</source>
            <translation>Data exchange record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="123" />
            <source>期間内のデータ交換（相手方・日時・方法・内容・サイズとSHA-256の照合・削除確認）の記録です。</source>
            <translation>Data exchanges in the period (counterpart, time, method, content, size and SHA-256 verification, deletion confirmation). Printed as データ交換記録.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="83" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="21" />
            <source>保守作業記録</source>
            <translation>Maintenance record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="124" />
            <source>期間内の保守作業の記録です。機器を選ぶとその機器だけ、選ばなければすべての機器を載せます。</source>
            <translation>Maintenance work in the period: for the chosen equipment only, or for all equipment if none is chosen. Printed as 保守作業記録.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="45" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="88" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="71" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="84" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="121" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="78" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="93" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="99" />
            <source>対象機器</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="14" />
            <source>機器所在確認記録</source>
            <translation>Equipment check record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="107" />
            <source>期間内に行った情報機器の所在（存在）確認の記録です。確認のなかった機器も載せます。</source>
            <translation>Equipment checks made in the period; equipment that was not checked is listed too. Printed as 機器所在確認記録.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="38" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="12" />
            <source>教育実施記録</source>
            <translation>Training record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/training_record.py" line="72" />
            <source>年度内に実施した情報セキュリティ教育と受講者、未受講者の一覧です。</source>
            <translation>Information security training held in the fiscal year, with who attended and who did not. Printed as 教育実施記録.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="26" />
            <source>情報セキュリティ事故報告書（第一報）</source>
            <translation>Incident report (first report)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="167" />
            <source>事故の発生を県へ報告する第一報です（発見・報告の日時、影響、これまでの対応）。</source>
            <translation>The first report of an incident to the prefecture (when it was detected and reported, its impact, the response so far). Printed as 情報セキュリティ事故報告書（第一報）.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="164" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="176" />
            <source>事故</source>
            <translation>Incident</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="27" />
            <source>情報セキュリティ事故報告書（最終報告）</source>
            <translation>Incident report (final report)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="179" />
            <source>復旧後に提出する最終報告です（原因の調査結果、回復方法、再発防止策、正常稼働の確認）。</source>
            <translation>The final report, submitted after recovery (cause found, recovery method, prevention measures, confirmation of normal operation). Printed as 情報セキュリティ事故報告書（最終報告）.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="117" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="14" />
            <source>事故対応手順書</source>
            <translation>Incident runbook</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/runbook.py" line="101" />
            <source>事故の種類ごとの対応手順（原因究明・証拠の収集と保管・復旧）をまとめた手順書です。</source>
            <translation>The response procedure for one type of incident (cause investigation, evidence collection and storage, recovery). Printed as 事故対応手順書.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/runbook.py" line="98" />
            <source>手順書</source>
            <translation>Runbook</translation>
        </message>
        <message>
            <source>設定されたフォントファイルを使用できません: {path}（{reason}）</source>
            <translation type="obsolete">The configured font file cannot be used: {path} ({reason})</translation>
        </message>
        <message>
            <source>空欄: 自動</source>
            <translation type="obsolete">Empty: automatic</translation>
        </message>
    </context>
    <context>
        <name>Users</name>
        <message>
            <location filename="../../ui/admin/users.py" line="33" />
            <location filename="../../ui/admin/users.py" line="121" />
            <source>ユーザーID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="34" />
            <location filename="../../ui/admin/users.py" line="122" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="35" />
            <location filename="../../ui/admin/users.py" line="123" />
            <source>役割</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="36" />
            <source>状態</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="37" />
            <source>パスワード変更待ち</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="38" />
            <source>パスワード変更日</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="381" />
            <location filename="../../ui/admin/users.py" line="245" />
            <source>ユーザー管理</source>
            <translation>User administration</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="147" />
            <location filename="../../ui/admin/users.py" line="204" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="184" />
            <source>パスワードの再設定</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="198" />
            <source>新しい初期パスワード</source>
            <translation>New initial password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="200" />
            <source>確認</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="203" />
            <source>再設定</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="219" />
            <source>パスワードを再設定しています…</source>
            <translation>Resetting the password…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="250" />
            <source>ユーザーは一人ひとり個別のIDで登録します。退職・異動した人のIDは無効にするか削除してください。削除すると台帳の暗号鍵が更新され、古い鍵ファイルの写しでは開けなくなります。</source>
            <translation>Register every person with an individual ID. Disable or delete the IDs of people who have left or moved. Deleting a user renews the vault's encryption key, so old copies of the key file no longer open it.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="254" />
            <source>追加…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="256" />
            <source>編集…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="258" />
            <location filename="../../ui/admin/users.py" line="307" />
            <location filename="../../ui/admin/users.py" line="341" />
            <source>無効にする</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="260" />
            <source>パスワード再設定…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="262" />
            <source>削除…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="371" />
            <source>ユーザーを削除し、暗号鍵を更新しています…</source>
            <translation>Deleting the user and renewing the encryption key…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="112" />
            <source>ユーザーの追加</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="112" />
            <source>ユーザーの編集</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="132" />
            <source>初期パスワード</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="134" />
            <source>初期パスワード（確認）</source>
            <translation>Initial password (again)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="136" />
            <source>初期パスワードは本人に安全な方法で伝えてください。最初のログインで変更が求められます。</source>
            <translation>Give the initial password to the person by a secure means. They must change it at their first login.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="146" />
            <source>追加</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="146" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="167" />
            <source>ユーザーを追加しています…</source>
            <translation>Adding the user…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="216" />
            <location filename="../../ui/admin/users.py" line="160" />
            <source>確認用のパスワードが一致しません。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="364" />
            <source>ユーザーの削除</source>
            <translation>Delete user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="82" />
            <source>有効</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="82" />
            <source>無効</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="84" />
            <source>はい</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="185" />
            <source>{name}（{id}）に新しい初期パスワードを設定します。本人は次回のログインで変更を求められます。</source>
            <translation>A new initial password will be set for {name} ({id}). They must change it at their next login.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="307" />
            <source>有効にする</source>
            <translation>Enable</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="320" />
            <source>ユーザーを追加しました。</source>
            <translation>The user has been added.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="338" />
            <source>ユーザーを無効にする</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="355" />
            <source>パスワードを再設定しました。</source>
            <translation>The password has been reset.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="369" />
            <source>削除する</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="365" />
            <source>{name}（{id}）を削除します。

このユーザーの鍵は台帳から取り除かれ、台帳の暗号鍵が新しくなります（他のユーザーは今までどおりのパスワードで開けます）。監査ログ上の記録は残ります。同じユーザーIDは再利用できません。

削除してよろしいですか？</source>
            <translation>{name} ({id}) will be deleted.

The user's key is removed from the vault and the vault's encryption key is renewed (other users keep their passwords). The user's entries in the audit log remain. The same user ID cannot be used again.

Delete this user?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="339" />
            <source>{name}（{id}）を無効にします。このユーザーはログインできなくなります。よろしいですか？</source>
            <translation>{name} ({id}) will be disabled and can no longer log in. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="374" />
            <source>ユーザーを削除しました。</source>
            <translation>The user has been deleted.</translation>
        </message>
    </context>
    <context>
        <name>Vault</name>
        <message>
            <location filename="../../desktop/backup/keys.py" line="68" />
            <location filename="../../desktop/vault/opening.py" line="513" />
            <source>リカバリーキーの形式が正しくありません（4文字ずつ8組の英数字です）。</source>
            <translation>The recovery key is not in the right format (8 groups of 4 letters and digits).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="194" />
            <location filename="../../desktop/backup/restore.py" line="198" />
            <location filename="../../desktop/vault/opening.py" line="42" />
            <source>ユーザーIDまたはパスワードが違います。</source>
            <translation>Wrong user ID or password.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="91" />
            <source>前回の鍵の変更が完了していません。台帳を開き直してからやり直してください。</source>
            <translation>The previous key change has not completed. Open the vault again, then retry.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="135" />
            <source>台帳の鍵を更新できませんでした。別のプログラム（daicho verify など）が台帳を読み取っていないか確認し、閉じてから台帳を開き直してください（開き直すと鍵の更新が完了します）。</source>
            <translation>The vault key could not be changed. Check that no other program (such as daicho verify) is reading the vault, close it, and open the vault again (opening it completes the key change).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="184" />
            <source>鍵の変更が途中で中断されています。変更後も台帳を開ける利用者が開くと完了します。</source>
            <translation>A key change was interrupted. It completes when a user who keeps access after the change opens the vault.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="298" />
            <source>登録されていない端末です: {id}</source>
            <translation>Not a registered terminal: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="101" />
            <source>データベースの操作に失敗しました。</source>
            <translation>The database operation failed.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="90" />
            <source>台帳ファイルが壊れています（暗号化ページの検証に失敗しました）。バックアップから復元してください。</source>
            <translation>The vault file is damaged (verification of an encrypted page failed). Please restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="96" />
            <source>ディスクの空き容量が不足しているため保存できませんでした。空き容量を確保してからやり直してください（入力内容は失われていません）。</source>
            <translation>Could not save because the disk is full. Free some space and try again (your input has not been lost).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="98" />
            <source>台帳が別の処理で使用中のため保存できませんでした。少し待ってからやり直してください。</source>
            <translation>Could not save because the vault is in use by another operation. Wait a moment and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="100" />
            <source>台帳ファイルが読み取り専用のため保存できませんでした。</source>
            <translation>Could not save because the vault file is read-only.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="52" />
            <location filename="../../desktop/vault/opening.py" line="159" />
            <source>台帳ファイルを復号できません。ファイルが壊れているか、鍵ファイルがこの台帳のものではありません。</source>
            <translation>The vault file cannot be decrypted. The file is damaged, or the key file does not belong to this vault.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="33" />
            <source>台帳ファイルを開けません: {path}</source>
            <translation>Cannot open the vault file: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="48" />
            <source>台帳ファイルが壊れています: {page} ページ目の暗号化ページの認証に失敗しました。バックアップから復元してください。</source>
            <translation>The vault file is damaged: authentication of encrypted page {page} failed. Please restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="51" />
            <source>データベースの構造に問題があります: {detail}</source>
            <translation>The database structure has a problem: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="54" />
            <source>参照整合性の問題が {n} 件あります（最初: 表 {table} の行 {rowid}）。</source>
            <translation>There are {n} referential-integrity problems (first: table {table}, row {rowid}).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="40" />
            <source>台帳ファイルの {page} ページ目が壊れているか改ざんされています（暗号化ページの認証に失敗）。</source>
            <translation>Page {page} of the vault file is damaged or has been tampered with (authentication of the encrypted page failed).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="42" />
            <source>台帳ファイルの暗号化ページの検証で問題が見つかりました: {detail}</source>
            <translation>Checking the encrypted pages of the vault file found a problem: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="73" />
            <source>監査ログを読み取れません（{detail}）。</source>
            <translation>The audit log cannot be read ({detail}).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="67" />
            <source>台帳ファイルが壊れています（{detail}）。</source>
            <translation>The vault file is damaged ({detail}).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="141" />
            <source>鍵ファイルがこのアプリより新しい版で作成されています。アプリを更新してください。</source>
            <translation>The key file was made by a newer version of this application. Please update the application.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="132" />
            <source>鍵ファイルが壊れているか、この製品の鍵ファイルではありません: {path}</source>
            <translation>The key file is damaged or is not a key file of this product: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="124" />
            <source>鍵ファイルが見つかりません: {path}
データベースと同じフォルダーに置いてください。</source>
            <translation>Key file not found: {path}
Place it in the same folder as the database.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="127" />
            <source>鍵ファイルを読み込めません: {path}（{reason}）</source>
            <translation>Cannot read the key file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="74" />
            <source>鍵ファイルが台帳の鍵なしで書き換えられています（利用者・端末・リカバリーキーの登録が改ざんされた可能性があります）。この鍵ファイルでは開けません。バックアップから復元するか、管理者に連絡してください。</source>
            <translation>The key file was changed without the vault's key (users, terminals or the recovery key may have been tampered with). The vault will not open with this key file. Restore from a backup or contact your administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="170" />
            <source>鍵ファイルが別のプログラムで変更されました。台帳を開き直してからやり直してください。</source>
            <translation>The key file was changed by another program. Open the vault again, then retry.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="209" />
            <source>鍵ファイルが別の処理で使用中です。少し待ってからやり直してください。</source>
            <translation>The key file is in use by another process. Wait a moment and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="138" />
            <source>鍵ファイルのロックを作成できません: {path}（{reason}）</source>
            <translation>Cannot create the key file's lock: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/lockfile.py" line="49" />
            <source>この台帳は別のウィンドウまたは別のプログラムで開かれています。そちらを閉じてから開き直してください。</source>
            <translation>This vault is open in another window or program. Close it there and open it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/lockfile.py" line="34" />
            <source>ロックファイルを作成できません: {path}（{reason}）</source>
            <translation>Cannot create the lock file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/logins.py" line="48" />
            <source>ログインに続けて失敗したため、このユーザーは一時的にロックされています。あと約 {minutes} 分お待ちください。</source>
            <translation>This user is temporarily locked after repeated failed logins. Please wait about {minutes} minutes.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/migrations.py" line="63" />
            <source>この台帳はより新しい版のアプリで作成・更新されています（スキーマ {found}、このアプリは {supported} まで）。アプリを更新してから開いてください。</source>
            <translation>This vault was created or updated by a newer version of the application (schema {found}; this application supports up to {supported}). Update the application before opening it.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="141" />
            <source>このPCは、この台帳を開ける端末として登録されていません。管理者がリカバリーキーを使ってこのPCを登録してください。</source>
            <translation>This PC is not registered as a terminal that may open this vault. An administrator must register it with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="246" />
            <source>台帳ファイルが鍵ファイルより古い版に戻されています（ロールバック）。鍵の世代: 鍵ファイル {kf}、台帳 {db}。</source>
            <translation>The vault file has been rolled back to an older copy than its key file. Key generation: key file {kf}, vault {db}.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="248" />
            <source>鍵ファイルが台帳より古い版に戻されています。鍵の世代: 鍵ファイル {kf}、台帳 {db}。</source>
            <translation>The key file has been rolled back to an older copy than the vault. Key generation: key file {kf}, vault {db}.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="138" />
            <source>この台帳は登録済みの端末でだけ開けますが、このPCでは安全なキーリング（資格情報の保管場所）が使えません。キーリングを使える状態にするか、管理者がリカバリーキーで開いてください。</source>
            <translation>This vault opens only on registered terminals, but no secure keyring (credential store) is available on this PC. Make a keyring available, or have an administrator open the vault with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="172" />
            <source>鍵の変更が途中で中断されています。変更前から台帳を開ける利用者が開くと完了します。</source>
            <translation>A key change was interrupted. It completes when a user who could open the vault before the change opens it.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="187" />
            <location filename="../../desktop/vault/opening.py" line="92" />
            <source>このユーザーは無効にされています。管理者に連絡してください。</source>
            <translation>This user has been disabled. Please contact your administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="413" />
            <source>鍵ファイルの利用者の登録が壊れています（共有鍵を取り出せません）。バックアップから復元するか、管理者に連絡してください。</source>
            <translation>A user's entry in the key file is damaged (the key share cannot be read). Restore from a backup or contact your administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="338" />
            <source>鍵ファイルの状態情報の認証に失敗したため、初期化しました（ロックアウトは維持）。</source>
            <translation>The key file's state failed authentication and was reset (lockouts kept).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="38" />
            <source>台帳ファイルが見つかりません: {path}</source>
            <translation>Vault file not found: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="523" />
            <source>リカバリーキーが違います。</source>
            <translation>Wrong recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="561" />
            <source>リカバリーキーで開けるのは管理者だけです。</source>
            <translation>Only an administrator can open the vault with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="599" />
            <source>同じ名前のファイルがすでにあります: {path}</source>
            <translation>A file with the same name already exists: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="435" />
            <source>この台帳はスキーマの更新が必要です。一度通常どおり開いてから、やり直してください。</source>
            <translation>This vault needs a schema update. Open it normally once, then try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="605" />
            <source>フォルダーを作成できません: {path}（{reason}）</source>
            <translation>Cannot create the folder: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/terminal.py" line="55" />
            <source>このPCでは安全なキーリング（OSの資格情報の保管場所）が使えないため、端末の登録情報を保存できません。</source>
            <translation>The terminal registration cannot be stored because no secure keyring (operating-system credential store) is available on this PC.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/vault.py" line="138" />
            <source>読み取り専用で開いているため変更できません。</source>
            <translation>Opened read-only: changes are not possible.</translation>
        </message>
        <message>
            <source>台帳の鍵を更新できませんでした。別のプログラム（daicho verify など）が台帳を読み取っていないか確認し、閉じてからもう一度お試しください。</source>
            <translation type="obsolete">The vault's key could not be renewed. Check that no other program (such as daicho verify) is reading the vault, close it, and try again.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <location filename="../../ui/widgets/password.py" line="75" />
            <source>注意: Caps Lock がオンになっています。</source>
            <translation>Note: Caps Lock is on.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password.py" line="151" />
            <source>✓ このパスワードは使用できます。</source>
            <translation>✓ This password can be used.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password.py" line="131" />
            <source>パスワードは{n}文字以上で、推測されにくいものにしてください。</source>
            <translation>Use at least {n} characters and a password that is hard to guess.</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../ui/session/wizard.py" line="49" />
            <location filename="../../ui/session/wizard.py" line="81" />
            <source>台帳ファイルの保存場所</source>
            <translation>Location of the vault file</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="50" />
            <source>すべての記録は、この1つの暗号化ファイルに保存されます。鍵ファイル（同じ名前に .keys が付いたもの）が同じフォルダーに作られます。</source>
            <translation>All records are stored in this one encrypted file. A key file (the same name with .keys added) is created in the same folder.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="54" />
            <source>変更…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="59" />
            <source>共有ドライブではなく、このPCのディスク上の場所をおすすめします。バックアップは後で登録済みの媒体に書き出せます。</source>
            <translation>A location on this PC's own disk is recommended rather than a shared drive. Backups can later be exported to registered media.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="71" />
            <source>別のPCで作成したバックアップがある場合は、新しく作成せずにバックアップから復元できます。</source>
            <translation>If you have a backup made on another PC, you can restore it instead of creating a new vault.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="74" />
            <source>バックアップから復元…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="82" />
            <source>台帳ファイル (*.vault)</source>
            <translation>Vault files (*.vault)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="118" />
            <source>事業者の情報</source>
            <translation>Company details</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="119" />
            <source>提出書類の申請者欄に使われます。後から「設定」で変更できます。</source>
            <translation>Used in the applicant block of submittals. You can change them later in Settings.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="123" />
            <source>商号又は名称（必須）</source>
            <translation>Company name (required)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="124" />
            <source>所在地</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="125" />
            <source>代表者職氏名</source>
            <translation>Representative (title and name)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="126" />
            <source>契約名・所管課</source>
            <translation>Contract name / responsible section</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="129" />
            <source>例: 株式会社〇〇情報システム</source>
            <translation>e.g. 〇〇 Information Systems Co., Ltd.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="130" />
            <source>例: 石川県金沢市〇〇町1-2-3</source>
            <translation>e.g. 1-2-3 〇〇-machi, Kanazawa, Ishikawa</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="131" />
            <source>例: 代表取締役 山田 太郎</source>
            <translation>e.g. President, Taro Yamada</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="132" />
            <source>例: 〇〇システム保守業務委託（〇〇部〇〇課）</source>
            <translation>e.g. 〇〇 system maintenance contract (〇〇 Section, 〇〇 Department)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="155" />
            <source>最初の管理者</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="156" />
            <source>管理者はユーザーの追加・無効化・削除、パスワードの再設定、設定の変更ができます。</source>
            <translation>Administrators add, disable and delete users, reset passwords and change settings.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="160" />
            <source>半角英数字（例: yamada）</source>
            <translation>Letters and digits (e.g. yamada)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="177" />
            <source>ユーザーID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="179" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="180" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="182" />
            <source>パスワード（確認）</source>
            <translation>Password (again)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="228" />
            <source>使用する端末の限定</source>
            <translation>Restricting the terminals</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="230" />
            <source>台帳を作成</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="235" />
            <source>端末を限定せずに使用します（この選択は監査ログに記録されます）</source>
            <translation>Use without restricting terminals (this choice is recorded in the audit log)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="286" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="287" />
            <source>台帳が作成されました。リカバリーキーはこの画面で一度だけ表示されます。</source>
            <translation>The vault has been created. The recovery key is shown only once, on this screen.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="297" />
            <source>パスワードを全員が忘れたときや、別のPCを端末として登録するときに必要です。紙に印刷するかPDFで保存し、鍵のかかる場所に保管してください。このキーがあれば台帳を復号できるため、現金と同じように厳重に扱ってください。</source>
            <translation>It is needed when every user has forgotten their password, and to register another PC as a terminal. Print it or save it as PDF and keep it under lock and key. This key can decrypt the vault, so treat it like cash.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="301" />
            <source>PDFとして保存…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="303" />
            <source>印刷…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="380" />
            <source>リカバリーキー保管票をPDFとして保存</source>
            <translation>Save the recovery key sheet as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="381" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="421" />
            <source>委託セキュリティ台帳 — 初期設定</source>
            <translation>Itaku Daicho — First-time setup</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="425" />
            <source>次へ &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="426" />
            <source>&lt; 戻る</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="427" />
            <source>完了</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="428" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="467" />
            <source>台帳を作成しています。このPCに合わせて鍵の導出の強さを調整しています（数秒かかります）…</source>
            <translation>Creating the vault. Adjusting the key-derivation cost to this PC (this takes a few seconds)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="489" />
            <source>台帳を作成しています…</source>
            <translation>Creating the vault…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="66" />
            <source>台帳ファイル:</source>
            <translation>Vault file:</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="98" />
            <source>この場所にはすでに台帳ファイルがあります。別の名前を選ぶか、ログイン画面から既存の台帳を開いてください。</source>
            <translation>A vault file already exists at this location. Choose another name, or open the existing vault from the login window.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="102" />
            <source>フォルダーではなくファイル名を指定してください。</source>
            <translation>Please give a file name, not a folder.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="208" />
            <source>確認用のパスワードが一致しません。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="246" />
            <source>台帳は登録された端末でだけ開けるようにします（ガイドライン第10 端末の限定）。</source>
            <translation>The vault will open only on registered terminals (guideline 10, restriction of terminals).</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="248" />
            <source>このPCを最初の登録端末として、OSの資格情報の保管場所（キーリング）に端末の鍵を保存します。
台帳ファイルが他のPCにコピーされても、ユーザーのパスワードだけでは開けません。
別のPCで使うときは、管理者がリカバリーキーでそのPCを登録します。</source>
            <translation>This PC becomes the first registered terminal; its terminal key is stored in the operating system's credential store (keyring).
If the vault file is copied to another PC, a user's password alone will not open it there.
To use another PC, an administrator registers it with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="254" />
            <source>このPCでは安全なキーリングが使えません。</source>
            <translation>No secure keyring is available on this PC.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="255" />
            <source>このPCには、端末の鍵を安全に保管できるキーリング（資格情報の保管場所）がありません。そのため、台帳を開けるPCを限定できません。

限定しない場合、台帳ファイルと鍵ファイルをコピーした人は、ユーザーのパスワードがあれば別のPCでも開けます。キーリングを使えるようにしてから作成し直すこともできます。

このまま進めるには、下の項目にチェックを入れてください。</source>
            <translation>This PC has no keyring (credential store) that can keep the terminal key safely, so the vault cannot be restricted to particular PCs.

Without the restriction, anyone who copies the vault file and key file can open it on another PC with a user's password. You can also make a keyring available and create the vault again.

To continue anyway, tick the box below.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="363" />
            <source>✓ 確認できました。「完了」を押すとログイン画面に進みます。</source>
            <translation>✓ Confirmed. Press "Finish" to go to the login window.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="487" />
            <source>台帳を作成できませんでした</source>
            <translation>The vault could not be created</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="211" />
            <source>✓ 一致しています。</source>
            <translation>✓ The passwords match.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="346" />
            <source>書き留めたことを確かめるため、{a}組目と{b}組目（左から数えて）を入力してください。</source>
            <translation>To make sure you have written it down, enter group {a} and group {b} (counting from the left).</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="348" />
            <location filename="../../ui/session/wizard.py" line="349" />
            <source>{n}組目</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="366" />
            <source>入力した組がリカバリーキーと一致しません。</source>
            <translation>The groups you entered do not match the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="389" />
            <source>保存しました: {path}
印刷したら、PDFファイルは安全な場所に移すか削除してください。</source>
            <translation>Saved: {path}
After printing, move the PDF file to a safe place or delete it.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="402" />
            <source>リカバリーキー保管票</source>
            <translation>Recovery key sheet</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="506" />
            <source>リカバリーキーの確認</source>
            <translation>Recovery key confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="507" />
            <source>リカバリーキーの確認がまだです。このまま閉じるとキーは二度と表示されません。閉じてもよろしいですか？</source>
            <translation>You have not confirmed the recovery key yet. If you close now, the key will never be shown again. Close anyway?</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="509" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>fsutil</name>
        <message>
            <location filename="../../desktop/fsutil.py" line="35" />
            <source>ディスクの空き容量が不足しています</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="37" />
            <source>ディスク使用量の上限（クォータ）に達しています</source>
            <translation>the disk quota is exhausted</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="39" />
            <source>読み取り専用の場所です（書き込み禁止の媒体、または読み取り専用で接続されたドライブ）</source>
            <translation>the location is read-only (write-protected media or a drive connected read-only)</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="41" />
            <source>この場所に書き込む（または読み取る）権限がありません</source>
            <translation>you have no permission to write (or read) here</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="43" />
            <source>フォルダーまたはファイルが見つかりません</source>
            <translation>the folder or file does not exist</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="45" />
            <source>ファイルではなくフォルダーが指定されています</source>
            <translation>a folder was given instead of a file</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="47" />
            <source>ファイル名またはパスが長すぎます</source>
            <translation>the file name or path is too long</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="49" />
            <source>ディスクの読み書きでエラーが発生しました（媒体の故障や取り外しの可能性があります）</source>
            <translation>a disk read/write error occurred (the media may be faulty or was removed)</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="55" />
            <source>ファイルを書き込めませんでした: {path}（{reason}）</source>
            <translation>Could not write the file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="61" />
            <source>ファイルを読み取れません: {path}（{reason}）</source>
            <translation>Cannot read the file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="104" />
            <source>台帳ファイルのあるフォルダーに書き込めないため開けません: {path}（{reason}）</source>
            <translation>Cannot open the vault because its folder cannot be written: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/fsutil.py" line="50" />
            <source>OSのエラー {code}</source>
            <translation>OS error {code}</translation>
        </message>
        <message>
            <source>ディスクの空き容量が不足しているため書き込めませんでした: {path}</source>
            <translation type="obsolete">Could not write because the disk is full: {path}</translation>
        </message>
        <message>
            <source>書き込む権限がありません（読み取り専用の場所の可能性があります）: {path}</source>
            <translation type="obsolete">No permission to write (the location may be read-only): {path}</translation>
        </message>
        <message>
            <source>ディスク使用量の上限に達したため書き込めませんでした: {path}</source>
            <translation type="obsolete">Could not write because the disk quota has been reached: {path}</translation>
        </message>
    </context>
</TS>
