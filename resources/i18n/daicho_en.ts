<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="ja_JP">
    <context>
        <name>AccountReviews</name>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="29" />
            <source>管理者</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="29" />
            <source>担当者</source>
            <translation>Officer</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="30" />
            <source>閲覧者</source>
            <translation>Viewer</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="32" />
            <source>ログイン</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="33" />
            <source>回復用ログイン</source>
            <translation>Recovery login</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="34" />
            <source>ログイン失敗</source>
            <translation>Failed login</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="35" />
            <source>ロックアウト</source>
            <translation>Lockout</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="36" />
            <source>ログイン拒否</source>
            <translation>Login refused</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="37" />
            <source>ログアウト</source>
            <translation>Logout</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="38" />
            <source>画面ロック</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="39" />
            <source>ロック解除</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="40" />
            <source>パスワード変更</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="41" />
            <source>パスワード再設定</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="86" />
            <source>本アプリで確認できるのは「利用者登録状況の確認」と「管理者の接続履歴の検査」です。</source>
            <translation>In the app you can review the user registrations or inspect the administrators' connection history.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="88" />
            <source>対象期間（開始）を入力してください。</source>
            <translation>Enter the start of the period.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="90" />
            <source>対象期間（終了）を入力してください。</source>
            <translation>Enter the end of the period.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="94" />
            <source>対象期間（終了）は対象期間（開始）以降の日付にしてください。</source>
            <translation>The period must end on or after its start.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="122" />
            <location filename="../../desktop/registers/ext/account_reviews.py" line="151" />
            <source>利用者ID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="122" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="122" />
            <source>役割</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="122" />
            <source>状態</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="122" />
            <source>従事者</source>
            <translation>Staff record</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="123" />
            <source>登録日</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="123" />
            <source>パスワード変更日</source>
            <translation>Password changed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="123" />
            <source>確認事項</source>
            <translation>To check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="151" />
            <source>日時</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="151" />
            <source>操作</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="171" />
            <source>確認者を入力してください。</source>
            <translation>Enter the reviewer.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="74" />
            <source>委託セキュリティ台帳（本アプリ）</source>
            <translation>Itaku Daicho (this app)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="75" />
            <source>委託業務の記録・許可申請・提出書類の管理</source>
            <translation>Records, permission requests and submittals of the contract work</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="92" />
            <source>対象期間（終了）が未来の日付です。終わった期間だけを確認として記録できます。</source>
            <translation>The period ends in the future. Only a period that has ended can be recorded as reviewed.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="112" />
            <source>有効</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="112" />
            <source>無効</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="125" />
            <source>本アプリの利用者 {n}件: {list}</source>
            <translation>Users of this app ({n}): {list}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="147" />
            <source>本アプリの管理者の認証履歴 {n}件（{from_}〜{to}）: {counts}</source>
            <translation>Authentication history of this app's administrators, {n} entries ({from_} to {to}): {counts}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="119" />
            <source>従事者と未連携</source>
            <translation>Not linked to a staff record</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="148" />
            <source>なし</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="150" />
            <source>。要確認 {n}件</source>
            <translation>. To check: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="111" />
            <source>（従事者の記録なし）</source>
            <translation>(staff record missing)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="115" />
            <source>従事終了（{date}）</source>
            <translation>Left on {date}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="116" />
            <source>{id}（{name}）: 従事者「{staff}」は従事を終えています。</source>
            <translation>{id} ({name}): staff member {staff} has left.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/account_reviews.py" line="143" />
            <source>{at} {who} 業務時間外のログイン</source>
            <translation>{at} {who} login outside working hours</translation>
        </message>
    </context>
    <context>
        <name>Accounts</name>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="36" />
            <source>ユーザーIDは半角英数字と . _ - で2〜32文字にしてください（先頭は英数字）。</source>
            <translation>A user ID is 2–32 characters: letters, digits and . _ - (starting with a letter or digit).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="85" />
            <source>ユーザーIDを含めないでください。</source>
            <translation>Do not include the user ID.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="87" />
            <source>先頭や末尾に空白を入れないでください。</source>
            <translation>Do not begin or end with a space.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="82" />
            <source>{n} 文字以上にしてください（現在 {m} 文字）。</source>
            <translation>Use at least {n} characters (currently {m}).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="98" />
            <source>最近使ったパスワード（過去 {n} 回分）は使えません。</source>
            <translation>A recently used password (the last {n}) cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="101" />
            <source>このパスワードは使えません。</source>
            <translation>This password cannot be used.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="92" />
            <source>推測されやすいパスワードです（強度 {score}/4、必要 {need}/4）。</source>
            <translation>This password is easy to guess (strength {score}/4, required {need}/4).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/policy.py" line="96" />
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
            <location filename="../../desktop/accounts/service.py" line="134" />
            <source>役割を選んでください。</source>
            <translation>Please choose a role.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="107" />
            <location filename="../../desktop/vault/changes.py" line="219" />
            <source>このユーザーIDはすでに使われています（削除済みのIDも再利用できません）。</source>
            <translation>This user ID is already taken (IDs of deleted users cannot be reused either).</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="153" />
            <source>有効な管理者が1人もいなくなるため、この操作はできません。</source>
            <translation>This is not possible: no enabled administrator would remain.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="181" />
            <source>自分自身を削除することはできません。</source>
            <translation>You cannot delete yourself.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="293" />
            <source>新しいパスワードが現在のものと同じです。</source>
            <translation>The new password is the same as the current one.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="295" />
            <source>現在のパスワードが違います。</source>
            <translation>The current password is wrong.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="81" />
            <source>ユーザーが見つかりません: {id}</source>
            <translation>User not found: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="163" />
            <source>自分自身を無効にすることはできません。</source>
            <translation>You cannot disable yourself.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="249" />
            <source>ユーザー {id} はロックされていません。</source>
            <translation>User {id} is not locked out.</translation>
        </message>
        <message>
            <location filename="../../desktop/accounts/service.py" line="278" />
            <source>従事者の記録が見つかりません（番号 {id}）。</source>
            <translation>Staff record not found (number {id}).</translation>
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
            <location filename="../../ui/app.py" line="323" />
            <source>台帳を開いたときに、次のことが見つかりました。内容を確認し、心当たりがなければ管理者（情報セキュリティ責任者）に報告してください。</source>
            <translation>Opening the vault found the following. Check it and, if you cannot explain it, report it to the administrator (information security officer).</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="325" />
            <source>台帳を開いたときの確認事項</source>
            <translation>Found while opening the vault</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="328" />
            <source>確認しました</source>
            <translation>Understood</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="161" />
            <source>エラー</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="157" />
            <source>予期しないエラーが発生しました（{kind}）。
作業中の内容は保存されていない可能性があります。解決しない場合は、ログファイルを添えて管理者に連絡してください。</source>
            <translation>An unexpected error occurred ({kind}).
Work in progress may not have been saved. If the problem persists, contact your administrator and include the log file.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="297" />
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
            <location filename="../../desktop/audit/trail.py" line="300" />
            <source>改ざんは検出されませんでした（{count} 件を検証）。</source>
            <translation>No tampering detected ({count} entries verified).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="273" />
            <source>監査ログの {seq} 番の記録が欠落しています（削除された可能性があります）。</source>
            <translation>Audit log entry {seq} is missing (it may have been deleted).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="277" />
            <source>監査ログの {seq} 番の記録が改ざんされています。</source>
            <translation>Audit log entry {seq} has been altered.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="286" />
            <source>監査ログの末尾（{first} 番から {last} 番）が削除されています。</source>
            <translation>The last audit log entries ({first} to {last}) have been deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/trail.py" line="297" />
            <source>監査ログの {seq} 番の記録が鍵ファイルの記録と一致しません。</source>
            <translation>Audit log entry {seq} does not match the record in the key file.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="327" />
            <source>鍵ファイルに監査ログの末尾の記録がないため、末尾の削除を検出できません（鍵ファイルが差し替えられた可能性があります）。</source>
            <translation>The key file holds no record of the last audit log entry, so deletion of the last entries cannot be detected (the key file may have been replaced).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="279" />
            <source>鍵ファイルのリカバリーキーが、台帳に記録されたリカバリーキーと一致しません。</source>
            <translation>The recovery key in the key file does not match the recovery key recorded in the vault.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="223" />
            <source>署名のない監査ログの記録が {n} 件あります（最初は {seq} 番）。</source>
            <translation>{n} audit log entries are not signed (the first is no. {seq}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="234" />
            <source>本人以外が署名した監査ログの記録が {n} 件あります（最初は {seq} 番）。</source>
            <translation>{n} audit log entries are signed by someone other than their actor (the first is no. {seq}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="319" />
            <source>監査ログの末尾（{first} 番から {last} 番）が、台帳を閉じている間に削除されていました（{at} に検出、記録 {seq} 番）。</source>
            <translation>The last audit log entries ({first} to {last}) were deleted while the vault was closed (detected at {at}, entry {seq}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="338" />
            <source>監査ログの {seq} 番: 台帳が古い版に戻された（ロールバック）ことが記録されています。</source>
            <translation>Audit log entry {seq}: the vault was found rolled back to an older copy.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="193" />
            <source>利用者 {user} の役割（{role}）が、管理者が署名した記録（{granted}）と一致しません。</source>
            <translation>The role of user {user} ({role}) does not match what an administrator granted in a signed entry ({granted}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="199" />
            <source>利用者 {user} は削除された記録がありますが、利用者一覧では削除されていません。</source>
            <translation>User {user} was deleted according to the trail but is not deleted in the user list.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="208" />
            <source>利用者 {user} の署名鍵が、記録された鍵と一致しません。</source>
            <translation>The signing key of user {user} does not match the recorded key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="245" />
            <source>監査ログの {seq} 番の署名者 {user} の鍵が記録されていません。</source>
            <translation>No key is on record for {user}, who signed audit log entry {seq}.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="269" />
            <source>鍵ファイルに、有効な利用者と一致しない鍵スロットがあります: {user}</source>
            <translation>The key file holds a key slot that matches no enabled user: {user}</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="274" />
            <source>鍵ファイルに、登録記録のない端末があります: {id}</source>
            <translation>The key file holds a terminal with no registration on record: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="110" />
            <source>監査ログの {seq} 番（台帳の作成）の署名が最初の管理者の鍵と一致しません。</source>
            <translation>The signature of audit log entry {seq} (vault created) does not match the first administrator's key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="118" />
            <source>監査ログの {seq} 番（{user} のパスワード変更）の署名が本人の鍵と一致しません。</source>
            <translation>The signature of audit log entry {seq} ({user} changed their password) does not match their key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="128" />
            <source>監査ログの {seq} 番で、{user} の署名鍵が管理者の承認なしに差し替えられています。</source>
            <translation>In audit log entry {seq}, the signing key of {user} was replaced without an administrator's approval.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="146" />
            <source>監査ログの {seq} 番（{action} {user}）は、その時点の管理者によって署名されていません（署名者: {signer}）。</source>
            <translation>Audit log entry {seq} ({action} {user}) is not signed by an administrator of that time (signed by: {signer}).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="184" />
            <source>利用者 {user} は、管理者が署名した登録記録がありません（台帳が直接書き換えられた可能性があります）。</source>
            <translation>User {user} has no registration signed by an administrator (the vault may have been edited directly).</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="205" />
            <source>利用者 {user} の有効／無効が、管理者が署名した記録と一致しません。</source>
            <translation>Whether user {user} is enabled does not match the entries signed by an administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="251" />
            <source>監査ログの {seq} 番（{user} が最後に署名した記録）の署名が一致しません。この番号以前の記録が書き換えられた可能性があります。</source>
            <translation>The signature of audit log entry {seq} (the last one {user} signed) does not match. Entries up to this number may have been rewritten.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="154" />
            <source>監査ログの {seq} 番（{action} {user}）の署名が署名者の鍵と一致しません。</source>
            <translation>The signature of audit log entry {seq} ({action} {user}) does not match the signer's key.</translation>
        </message>
        <message>
            <location filename="../../desktop/audit/verification.py" line="135" />
            <source>監査ログの {seq} 番の署名が一致しません。</source>
            <translation>The signature of audit log entry {seq} does not match.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/witness.py" line="66" />
            <source>監査ログが、このPCで前回確認した状態（{seen} 番まで）より短くなっています（現在 {now} 番まで）。台帳が古い版に戻された（ロールバック）か、末尾が削除された可能性があります。</source>
            <translation>The audit log is shorter than this PC last saw it (up to no. {seen}; now up to no. {now}). The vault may have been rolled back to an older copy, or its last entries deleted.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/witness.py" line="74" />
            <source>監査ログの {seq} 番の記録が、このPCで前回確認した内容と一致しません（履歴が書き換えられた可能性があります）。</source>
            <translation>Audit log entry {seq} differs from what this PC last saw (the history may have been rewritten).</translation>
        </message>
    </context>
    <context>
        <name>AuditLog</name>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="46" />
            <location filename="../../ui/admin/audit_log.py" line="357" />
            <source>番号</source>
            <translation>No.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="47" />
            <location filename="../../ui/admin/audit_log.py" line="357" />
            <source>日時</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="48" />
            <location filename="../../ui/admin/audit_log.py" line="227" />
            <location filename="../../ui/admin/audit_log.py" line="253" />
            <location filename="../../ui/admin/audit_log.py" line="358" />
            <source>ユーザー</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="49" />
            <location filename="../../ui/admin/audit_log.py" line="230" />
            <location filename="../../ui/admin/audit_log.py" line="255" />
            <location filename="../../ui/admin/audit_log.py" line="359" />
            <source>操作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="50" />
            <location filename="../../ui/admin/audit_log.py" line="360" />
            <source>対象</source>
            <translation>Target</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="51" />
            <location filename="../../ui/admin/audit_log.py" line="506" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="56" />
            <source>ログイン</source>
            <translation>Login</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="57" />
            <source>リカバリーキーでログイン</source>
            <translation>Login with recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="58" />
            <source>認証失敗</source>
            <translation>Authentication failure</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="59" />
            <source>ロックアウト</source>
            <translation>Lockout</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="60" />
            <source>ログイン拒否</source>
            <translation>Login refused</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="61" />
            <source>ログアウト</source>
            <translation>Logout</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="62" />
            <source>画面ロック</source>
            <translation>Screen locked</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="63" />
            <source>ロック解除</source>
            <translation>Unlocked</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="64" />
            <source>パスワード変更</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="65" />
            <source>パスワード再設定</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="66" />
            <source>ユーザー追加</source>
            <translation>User added</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="67" />
            <source>ユーザー変更</source>
            <translation>User changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="68" />
            <source>ユーザー有効化</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="69" />
            <source>ユーザー無効化</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="70" />
            <source>ユーザー削除</source>
            <translation>User deleted</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="71" />
            <source>設定変更</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="72" />
            <source>端末登録</source>
            <translation>Terminal registered</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="73" />
            <source>端末削除</source>
            <translation>Terminal removed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="74" />
            <source>端末の限定を有効化</source>
            <translation>Terminal binding enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="75" />
            <source>端末の限定を無効化</source>
            <translation>Terminal binding disabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="76" />
            <source>台帳作成</source>
            <translation>Vault created</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="77" />
            <source>暗号鍵の更新</source>
            <translation>Encryption key renewed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="78" />
            <source>リカバリーキー再発行</source>
            <translation>Recovery key reissued</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="79" />
            <source>リカバリーキー保管票の出力</source>
            <translation>Recovery key sheet output</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="80" />
            <source>鍵ファイルの状態を検証できず</source>
            <translation>Key-file state could not be verified</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="81" />
            <source>暗号鍵の更新に失敗</source>
            <translation>Re-key failed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="82" />
            <source>監査ログの書き出し</source>
            <translation>Audit log exported</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="83" />
            <source>監査ログ末尾の欠落を検出</source>
            <translation>Missing audit-log tail detected</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="84" />
            <source>その他の認証イベント</source>
            <translation>Other authentication event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="85" />
            <source>記録の作成</source>
            <translation>Record created</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="86" />
            <source>記録の変更</source>
            <translation>Record changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="87" />
            <source>記録の削除</source>
            <translation>Record deleted</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="88" />
            <source>CSV書き出し</source>
            <translation>CSV export</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="89" />
            <source>CSV取り込み</source>
            <translation>CSV import</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="90" />
            <source>添付ファイルの追加</source>
            <translation>Attachment added</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="91" />
            <source>添付ファイルの削除</source>
            <translation>Attachment removed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="92" />
            <source>添付ファイルの保存</source>
            <translation>Attachment saved to file</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="93" />
            <source>提出書類の発行</source>
            <translation>Submittal issued</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="94" />
            <source>提出書類の保存</source>
            <translation>Submittal saved</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="95" />
            <source>提出書類の印刷</source>
            <translation>Submittal printed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="96" />
            <source>バックアップ作成</source>
            <translation>Backup created</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="97" />
            <source>バックアップから復元</source>
            <translation>Restored from backup</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="98" />
            <source>バックアップを別の場所へ復元</source>
            <translation>Backup restored to another location</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="99" />
            <source>バックアップで台帳を置き換え</source>
            <translation>Vault replaced from backup</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="100" />
            <source>未検証のイベントを検出</source>
            <translation>Unverified events found</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="101" />
            <source>台帳の巻き戻しを検出</source>
            <translation>Vault rollback detected</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="102" />
            <source>鍵ファイルと台帳の世代の不一致を検出</source>
            <translation>Key file and vault generation mismatch detected</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="103" />
            <source>署名鍵の登録</source>
            <translation>Signing key registered</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="104" />
            <source>パスワード履歴の形式を更新</source>
            <translation>Password history converted</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="105" />
            <source>ユーザーのロック解除</source>
            <translation>User lockout released</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="106" />
            <source>ユーザーと従事者の関連付け</source>
            <translation>User linked to staff member</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="107" />
            <source>取扱注意の記録の閲覧</source>
            <translation>Confidential record viewed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="108" />
            <source>定期バックアップのパスフレーズ変更</source>
            <translation>Scheduled backup passphrase changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="109" />
            <source>定期バックアップの失敗</source>
            <translation>Scheduled backup failed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="110" />
            <source>バックアップの検証</source>
            <translation>Backup verified</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="111" />
            <source>バックアップの検証に失敗</source>
            <translation>Backup verification failed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="112" />
            <source>古いバックアップの整理</source>
            <translation>Old backups cleaned up</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="113" />
            <source>台帳の退避コピーの削除</source>
            <translation>Vault safety copy deleted</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="114" />
            <source>条項を対象外に設定</source>
            <translation>Clause marked not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="115" />
            <source>条項の対象外を取り消し</source>
            <translation>Clause not-applicable mark removed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="116" />
            <source>条項の対応を確認</source>
            <translation>Clause compliance confirmed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="117" />
            <source>点検用資料一式の書き出し</source>
            <translation>Inspection package exported</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="122" />
            <source>すべての操作</source>
            <translation>All actions</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="123" />
            <source>認証（ログイン・ロック・パスワード）</source>
            <translation>Authentication (login, lock, password)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="124" />
            <source>ユーザー管理</source>
            <translation>User administration</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="125" />
            <source>設定</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="126" />
            <source>端末</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="127" />
            <source>台帳・鍵</source>
            <translation>Vault and keys</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="128" />
            <source>記録の作成・変更・削除</source>
            <translation>Records (create, change, delete)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="129" />
            <source>提出書類（発行・印刷・保存）</source>
            <translation>Submittals (issue, print, save)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="130" />
            <source>バックアップ・復元</source>
            <translation>Backup and restore</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="540" />
            <location filename="../../ui/admin/audit_log.py" line="327" />
            <location filename="../../ui/admin/audit_log.py" line="218" />
            <source>監査ログ</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="233" />
            <source>期間</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="235" />
            <source>期間で絞り込む</source>
            <translation>Filter by period</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="240" />
            <location filename="../../ui/admin/audit_log.py" line="411" />
            <source>期間（から）</source>
            <translation>Period (from)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="243" />
            <location filename="../../ui/admin/audit_log.py" line="412" />
            <source>期間（まで）</source>
            <translation>Period (to)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="249" />
            <source>表示</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="285" />
            <source>監査ログの一覧</source>
            <translation>Audit log entries</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="286" />
            <source>選んだ記録の詳細</source>
            <translation>Details of the selected entry</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="294" />
            <source>&lt; 新しい記録</source>
            <translation>&lt; Newer entries</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="296" />
            <source>古い記録 &gt;</source>
            <translation>Older entries &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="301" />
            <source>チェーンを検証</source>
            <translation>Verify chain</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="314" />
            <source>監査ログは追記のみで、各記録は直前の記録と暗号的に連結されています。「チェーンを検証」で、記録の改ざん・削除がないかを確かめられます。</source>
            <translation>The audit log is append-only, and each entry is cryptographically chained to the one before it. "Verify chain" checks that no entry has been altered or deleted.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="383" />
            <source>全員</source>
            <translation>Everyone</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="464" />
            <source>監査ログを検証しています…</source>
            <translation>Verifying the audit log…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="494" />
            <source>鍵ファイルの中に、認証（改ざん検知の署名）のないまま書かれていたイベントです。誰が書いたかをアプリでは確かめられないため、監査ログには含めていません。身に覚えのないログイン失敗などがあれば、鍵ファイルが書き換えられた可能性があります。</source>
            <translation>Events found in the key file without authentication (no tamper-evident signature). The app cannot tell who wrote them, so they are not part of the audit log. Failed logins nobody remembers may mean the key file was edited.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="499" />
            <source>未検証のイベントはありません。</source>
            <translation>There are no unverified events.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="504" />
            <source>未検証のイベントの一覧</source>
            <translation>Unverified events</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="343" />
            <source>未検証のイベント</source>
            <translation>Unverified events</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="505" />
            <source>記録された日時</source>
            <translation>Recorded at</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="505" />
            <source>イベント</source>
            <translation>Event</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="506" />
            <source>ユーザーID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="507" />
            <source>取り込んだ日時</source>
            <translation>Imported at</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="186" />
            <source>（システム）</source>
            <translation>(system)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="416" />
            <source>日付を入力してください。</source>
            <translation>Enter a date.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="438" />
            <source>{page} ページ目（{count} 件表示）</source>
            <translation>Page {page} ({count} entries shown)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="524" />
            <source>{label}（未検証）</source>
            <translation>{label} (unverified)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="342" />
            <source>未検証のイベント（{n}件）</source>
            <translation>Unverified events ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="367" />
            <source>項目</source>
            <translation>Field</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="367" />
            <source>変更前</source>
            <translation>Before</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="368" />
            <source>変更後</source>
            <translation>After</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="374" />
            <source>記録された詳細</source>
            <translation>Recorded details</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="417" />
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="473" />
            <location filename="../../ui/admin/audit_log.py" line="480" />
            <source>検証日時: {time}</source>
            <translation>Checked: {time}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="472" />
            <source>✓ 改ざんなし（{n}件検証）</source>
            <translation>✓ No tampering ({n} entries verified)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="477" />
            <source>✗ 改ざんを検出しました: {message}（最初の異常は {seq} 番）</source>
            <translation>✗ Tampering detected: {message} (first problem at entry {seq})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/auth_history.py" line="15" />
            <location filename="../../ui/admin/auth_history.py" line="13" />
            <source>認証履歴</source>
            <translation>Authentication history</translation>
        </message>
        <message>
            <source>カレンダーから選ぶ</source>
            <translation type="obsolete">Pick from the calendar</translation>
        </message>
        <message>
            <source>日付として読めません（例: 令和8年4月1日、2026-04-01）。</source>
            <translation type="obsolete">Not a date (e.g. 令和8年4月1日, 2026-04-01).</translation>
        </message>
        <message>
            <source>✓ 改ざんなし（{n}件検証・{time}）</source>
            <translation type="obsolete">✓ No tampering ({n} entries verified, {time})</translation>
        </message>
        <message>
            <source>✗ 改ざんを検出しました: {message}（最初の異常は {seq} 番・{time}）</source>
            <translation type="obsolete">✗ Tampering detected: {message} (first problem at entry {seq}, {time})</translation>
        </message>
    </context>
    <context>
        <name>AuditText</name>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="21" />
            <source>パスワード違い</source>
            <translation>wrong password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="22" />
            <source>無効または削除されたユーザー</source>
            <translation>disabled or deleted user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="23" />
            <source>リカバリーキー違い</source>
            <translation>wrong recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="24" />
            <source>登録されていないユーザーID</source>
            <translation>unknown user ID</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="25" />
            <source>登録されていない端末</source>
            <translation>unregistered PC</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="26" />
            <source>ロック中</source>
            <translation>locked out</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="31" />
            <source>{who} がログイン</source>
            <translation>{who} logged in</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="32" />
            <source>{who} がリカバリーキーでログイン</source>
            <translation>{who} logged in with the recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="33" />
            <source>{who} がログアウト</source>
            <translation>{who} logged out</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="34" />
            <source>{who} の画面をロック</source>
            <translation>{who}'s screen was locked</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="35" />
            <source>{who} が画面のロックを解除</source>
            <translation>{who} unlocked the screen</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="36" />
            <source>{who} はログインの失敗が続いたため一時的にロックされた</source>
            <translation>{who} was locked out after repeated failed logins</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="37" />
            <source>{who} のログインを拒否</source>
            <translation>{who}'s login was refused</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="38" />
            <source>{who} が自分のパスワードを変更</source>
            <translation>{who} changed their own password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="39" />
            <source>{who} が台帳を作成</source>
            <translation>{who} created the vault</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="40" />
            <source>{who} が台帳の暗号鍵を更新</source>
            <translation>{who} re-keyed the vault</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="41" />
            <source>{who} がリカバリーキーを再発行</source>
            <translation>{who} replaced the recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="42" />
            <source>{who} がリカバリーキー保管票を出力</source>
            <translation>{who} produced the recovery key sheet</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="43" />
            <source>{who} が監査ログを書き出し</source>
            <translation>{who} exported the audit log</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="44" />
            <source>{who} がバックアップを作成</source>
            <translation>{who} made a backup</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="45" />
            <source>{who} がバックアップから復元</source>
            <translation>{who} restored from a backup</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="46" />
            <source>{who} が使用する端末の限定を有効化</source>
            <translation>{who} turned terminal binding on</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="47" />
            <source>{who} が使用する端末の限定を無効化</source>
            <translation>{who} turned terminal binding off</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="52" />
            <source>{who} が {target} を追加</source>
            <translation>{who} added {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="53" />
            <source>{who} が {target} を有効化</source>
            <translation>{who} enabled {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="54" />
            <source>{who} が {target} を無効化</source>
            <translation>{who} disabled {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="55" />
            <location filename="../../ui/admin/audit_text.py" line="64" />
            <source>{who} が {target} を削除</source>
            <translation>{who} deleted {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="56" />
            <source>{who} が {target} のロックを解除</source>
            <translation>{who} released the lockout of {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="57" />
            <source>{who} が {target} のパスワードを再設定</source>
            <translation>{who} reset the password of {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="58" />
            <source>{who} の署名鍵を登録</source>
            <translation>{who}'s signing key was registered</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="63" />
            <source>{who} が {target} を作成</source>
            <translation>{who} created {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="65" />
            <source>{who} が {target} に添付ファイル「{name}」を追加</source>
            <translation>{who} attached “{name}” to {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="66" />
            <source>{who} が {target} の添付ファイル「{name}」を削除</source>
            <translation>{who} removed the attachment “{name}” from {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="67" />
            <source>{who} が {target} の添付ファイル「{name}」を保存</source>
            <translation>{who} saved the attachment “{name}” of {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="71" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="72" />
            <location filename="../../ui/admin/audit_text.py" line="95" />
            <source>役割</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="73" />
            <source>有効</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="79" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="80" />
            <location filename="../../ui/admin/audit_text.py" line="81" />
            <source>ファイル</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="82" />
            <source>名前</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="83" />
            <source>サイズ（バイト）</source>
            <translation>Size (bytes)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="84" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="85" />
            <source>件数</source>
            <translation>Count</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="86" />
            <source>行数</source>
            <translation>Rows</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="87" />
            <source>形式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="88" />
            <location filename="../../ui/admin/audit_text.py" line="89" />
            <source>方法</source>
            <translation>How</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="90" />
            <source>場所</source>
            <translation>Where</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="91" />
            <source>宛先</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="92" />
            <source>メモ</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="93" />
            <source>条項</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="94" />
            <source>目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="96" />
            <source>端末</source>
            <translation>Computer</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="97" />
            <source>指紋</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="98" />
            <source>ロックの期限</source>
            <translation>Locked until</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="99" />
            <source>書類</source>
            <translation>Form</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="100" />
            <source>番号</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="101" />
            <source>期間</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="102" />
            <source>エラー</source>
            <translation>Error</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="374" />
            <source>（台帳を開く前に記録。この端末の鍵で記録されたことだけを確認済み・本人確認ではありません）</source>
            <translation> (recorded before the vault was opened; only this PC's key vouches for it — not an identity check)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="134" />
            <source>（システム）</source>
            <translation>(system)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="232" />
            <source>（空欄）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="368" />
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="380" />
            <location filename="../../ui/admin/audit_text.py" line="190" />
            <source>はい</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="380" />
            <location filename="../../ui/admin/audit_text.py" line="190" />
            <source>いいえ</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="311" />
            <source>{who} が端末「{name}」を登録</source>
            <translation>{who} registered the PC “{name}”</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="312" />
            <source>{who} が端末「{name}」を削除</source>
            <translation>{who} removed the PC “{name}”</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="340" />
            <location filename="../../ui/admin/audit_text.py" line="338" />
            <source>{who} が定期バックアップのパスフレーズを変更</source>
            <translation>{who} changed the scheduled backup passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="208" />
            <source>ユーザー {name}</source>
            <translation>user {name}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="210" />
            <source>端末 {id}</source>
            <translation>PC {id}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="281" />
            <source>{who} のログインに失敗</source>
            <translation>Failed login for {who}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="290" />
            <location filename="../../ui/admin/audit_text.py" line="303" />
            <source>{who} が {target} の {changes}変更</source>
            <translation>{who} changed {target}: {changes}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="307" />
            <source>{who} が設定を変更（{fields}）</source>
            <translation>{who} changed settings ({fields})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="315" />
            <source>鍵ファイルに認証のないイベントが {n} 件あり、「未検証のイベント」に移しました（監査ログには含めていません）</source>
            <translation>{n} events without authentication were found in the key file and moved to “Unverified events” (not part of the audit log)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="318" />
            <source>監査ログの末尾が欠けていることを検出しました（記録されていた最終番号 {expected}、見つかった最終番号 {found}）</source>
            <translation>The end of the audit log is missing (last entry recorded: {expected}, last entry found: {found})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="323" />
            <source>{who}: {action}</source>
            <translation>{who}: {action}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="343" />
            <source>{who} の定期バックアップに失敗（{reason}）</source>
            <translation>Scheduled backup by {who} failed ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="346" />
            <source>{who} のバックアップ「{name}」を検証し、正しく読めることを確認</source>
            <translation>Backup “{name}” by {who} verified: it reads correctly</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="349" />
            <source>{who} のバックアップ「{name}」を検証できず（{reason}）</source>
            <translation>Backup “{name}” by {who} could not be verified ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="353" />
            <source>{who} の定期バックアップで古いバックアップを {n} 件削除（{folder}）</source>
            <translation>Scheduled backup by {who} deleted {n} old backups ({folder})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="356" />
            <source>{who} が台帳の退避コピー「{copy}」を削除</source>
            <translation>{who} deleted the vault safety copy “{copy}”</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="368" />
            <source>{field} を {value} に</source>
            <translation>{field} to {value}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="283" />
            <source>（{reason}）</source>
            <translation> ({reason})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="296" />
            <source>（理由: {reason}）</source>
            <translation> (reason: {reason})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="301" />
            <source>{who} が {target} の {fields} を変更</source>
            <translation>{who} changed {fields} of {target}</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="337" />
            <source>{who} が定期バックアップのパスフレーズを設定</source>
            <translation>{who} set the scheduled backup passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/admin/audit_text.py" line="339" />
            <source>{who} が定期バックアップのパスフレーズを削除</source>
            <translation>{who} removed the scheduled backup passphrase</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <location filename="../../desktop/backup/copies.py" line="58" />
            <source>バックアップからの復元で台帳を置き換える前に自動で作成した控え</source>
            <translation>Kept automatically before a restore replaced the vault</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/copies.py" line="147" />
            <source>退避コピーが見つかりません: {name}</source>
            <translation>Rollback copy not found: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/copies.py" line="57" />
            <source>スキーマ {n} からの更新の前に自動で作成した控え</source>
            <translation>Kept automatically before the upgrade from schema {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/copies.py" line="159" />
            <source>この台帳の退避コピーではありません: {name}</source>
            <translation>Not a rollback copy of this vault: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/copies.py" line="169" />
            <source>退避コピーを削除できませんでした: {path}（{reason}）</source>
            <translation>Could not delete the rollback copy: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/export.py" line="145" />
            <source>保存先に同じ名前のファイルが既にあるため、上書きせずに中止しました: {path}</source>
            <translation>A file with the same name already exists at the destination; stopped without overwriting it: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/export.py" line="129" />
            <source>保存先がフォルダーです: {path}</source>
            <translation>The destination is a folder: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="214" />
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
            <location filename="../../desktop/backup/format.py" line="215" />
            <source>書き込み中にエラーが発生しました: {path}（{reason}）</source>
            <translation>An error occurred while writing: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="58" />
            <source>キャンセルしました。途中のファイルは残していません。</source>
            <translation>Cancelled. No partial file has been left behind.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="210" />
            <source>ディスクの空き容量が不足しているため書き込めませんでした: {path}</source>
            <translation>Could not write because the disk is full: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/format.py" line="212" />
            <source>書き込めませんでした（読み取り専用の場所か、権限がありません）: {path}</source>
            <translation>Could not write (the location is read-only, or permission is missing): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/history.py" line="90" />
            <source>まだバックアップを作成していません。</source>
            <translation>No backup has been made yet.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/history.py" line="93" />
            <source>最終バックアップ: {date}（{ago}）</source>
            <translation>Last backup: {date} ({ago})</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/history.py" line="95" />
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
            <location filename="../../desktop/backup/rotation.py" line="100" />
            <source>検証できなかったため残します</source>
            <translation>kept because it could not be verified</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/rotation.py" line="119" />
            <source>このアプリが作成した時と内容が異なるため削除しません</source>
            <translation>not deleted: its content differs from what this app wrote</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/rotation.py" line="126" />
            <source>削除できませんでした（{reason}）</source>
            <translation>could not be deleted ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="111" />
            <location filename="../../ui/backup/schedule_dialog.py" line="49" />
            <source>ログアウト時</source>
            <translation>At logout</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="123" />
            <source>月曜日</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="123" />
            <source>火曜日</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="123" />
            <source>水曜日</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="123" />
            <source>木曜日</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="124" />
            <source>金曜日</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="124" />
            <source>土曜日</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="124" />
            <source>日曜日</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="173" />
            <source>時刻は HH:MM（例 18:30）で入力してください。</source>
            <translation>Enter the time as HH:MM (e.g. 18:30).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="215" />
            <source>定期バックアップには保存先フォルダーが必要です。</source>
            <translation>Scheduled backups need a destination folder.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="226" />
            <source>定期バックアップのパスフレーズが設定されていません。</source>
            <translation>No passphrase is set for scheduled backups.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="386" />
            <source>前回の定期バックアップは途中で中断されました（アプリの強制終了など）。</source>
            <translation>The last scheduled backup was interrupted (e.g. the app was killed).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="400" />
            <source>定期バックアップが設定されていません（保存先とスケジュール）。</source>
            <translation>Scheduled backups are not set up (destination and schedule).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="486" />
            <location filename="../../ui/backup/scheduler.py" line="248" />
            <source>定期バックアップをキャンセルしました。</source>
            <translation>Scheduled backup cancelled.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="118" />
            <source>{when}に {folder} へ（日次 {d}・週次 {w}・月次 {m} 個を保持）</source>
            <translation>{when} to {folder} (keeping {d} daily, {w} weekly, {m} monthly)</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="197" />
            <source>スケジュールは off / logout / daily / weekly のいずれかです。</source>
            <translation>The schedule is one of off / logout / daily / weekly.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="207" />
            <source>保存先フォルダーは絶対パスで指定してください。</source>
            <translation>Give the destination folder as an absolute path.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="404" />
            <source>定期バックアップの保存先が見つかりません: {path}（USBメモリーなどを接続してください。次の機会に再試行します）</source>
            <translation>The destination of scheduled backups was not found: {path} (connect the USB drive or other medium; the app tries again at the next check)</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="498" />
            <source>バックアップを検証できませんでした: {reason}</source>
            <translation>The backup could not be verified: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="554" />
            <location filename="../../ui/backup/scheduler.py" line="64" />
            <source>前回の定期バックアップに失敗しました。</source>
            <translation>The last scheduled backup failed.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="117" />
            <source>定期バックアップは設定されていません。</source>
            <translation>Scheduled backups are not set up.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="558" />
            <source>{schedule}。最終成功: {at}</source>
            <translation>{schedule}. Last success: {at}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="113" />
            <source>毎日 {hh:02d}:{mm:02d}</source>
            <translation>Daily at {hh:02d}:{mm:02d}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="518" />
            <location filename="../../ui/backup/scheduler.py" line="213" />
            <source>古いバックアップの整理に失敗しました: {reason}</source>
            <translation>Removing old backups failed: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="115" />
            <source>毎週{day} {hh:02d}:{mm:02d}</source>
            <translation>Every {day} at {hh:02d}:{mm:02d}</translation>
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
            <location filename="../../desktop/backup/verify.py" line="396" />
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
            <location filename="../../desktop/backup/verify.py" line="316" />
            <location filename="../../desktop/backup/verify.py" line="323" />
            <source>マニフェストの内容が壊れています。</source>
            <translation>The contents of the manifest are damaged.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="343" />
            <source>ファイルの見出しを読み取れません（ファイルが壊れています）。</source>
            <translation>The file header cannot be read (the file is damaged).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="420" />
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
            <location filename="../../desktop/backup/verify.py" line="318" />
            <source>このアプリのバックアップではありません（形式: {f}）。</source>
            <translation>Not a backup of this application (format: {f}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="325" />
            <source>このバックアップはより新しい版のアプリで作成されています（形式 {found}、このアプリは {supported} まで）。アプリを更新してください。</source>
            <translation>This backup was made by a newer version of the application (format {found}; this application supports up to {supported}). Please update the application.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="330" />
            <source>このバックアップはより新しい版のアプリの台帳から作成されています（スキーマ {found}、このアプリは {supported} まで）。アプリを更新してから復元してください。</source>
            <translation>This backup was made from the vault of a newer version of the application (schema {found}; this application supports up to {supported}). Update the application before restoring.</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="347" />
            <location filename="../../desktop/backup/verify.py" line="217" />
            <source>ファイルが途中で切れています（末尾のページがありません）: {path}</source>
            <translation>The file is truncated (the last page is missing): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="360" />
            <source>SQLite の整合性検査で問題が見つかりました: {detail}</source>
            <translation>The SQLite integrity check found a problem: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="394" />
            <source>監査ログの検証に失敗しました: {msg}</source>
            <translation>Verification of the audit log failed: {msg}</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="404" />
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
            <location filename="../../desktop/backup/verify.py" line="374" />
            <source>表の構成がマニフェストと一致しません（不足: {missing}／余分: {extra}）。</source>
            <translation>The tables do not match the manifest (missing: {missing} / extra: {extra}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="383" />
            <source>データを読み取れません（{reason}）。</source>
            <translation>The data cannot be read ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="392" />
            <source>監査ログを検証できません（{reason}）。</source>
            <translation>The audit log cannot be verified ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/verify.py" line="379" />
            <source>表「{table}」の行数がマニフェストと一致しません（記録 {expected} 行、実際 {actual} 行）。</source>
            <translation>The number of rows in table "{table}" does not match the manifest (recorded {expected}, actual {actual}).</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="28" />
            <source>作成日時</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="28" />
            <source>理由</source>
            <translation>Why</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="28" />
            <location filename="../../ui/backup/section.py" line="30" />
            <source>サイズ</source>
            <translation>Size</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="29" />
            <source>削除済みユーザーのキー</source>
            <translation>Keys of deleted users</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="29" />
            <location filename="../../ui/backup/restore_wizard.py" line="73" />
            <source>ファイル</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="81" />
            <source>台帳の退避コピー</source>
            <translation>Rollback copies of the vault</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="84" />
            <source>スキーマの更新前と、復元で置き換える前に、台帳の控えを自動で残しています。控えには当時のユーザーのキーが残るため、削除したユーザーも以前のパスワードで開けます。不要になった控えは削除してください（監査ログに記録されます）。</source>
            <translation>The app keeps a copy of the vault before a schema upgrade and before a restore replaces it. A copy keeps the user keys of its time, so a deleted user can still open it with their old password. Delete copies you no longer need (recorded in the audit log).</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="91" />
            <source>台帳の退避コピーの一覧</source>
            <translation>Vault safety copies</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="102" />
            <source>選択する控えの経過日数</source>
            <translation>Age in days of the copies to select</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="105" />
            <source> 日</source>
            <translation> days</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="106" />
            <source>これより古いものを選択</source>
            <translation>Select older ones</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="108" />
            <source>選択した控えを削除…</source>
            <translation>Delete selected copies…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="111" />
            <location filename="../../ui/backup/export_dialog.py" line="284" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="137" />
            <source>退避コピーはありません。</source>
            <translation>There are no rollback copies.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="161" />
            <source>削除する控えを選択してください。</source>
            <translation>Select the copies to delete.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="163" />
            <location filename="../../ui/backup/scheduler.py" line="354" />
            <source>退避コピーの削除</source>
            <translation>Delete rollback copies</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="165" />
            <location filename="../../ui/backup/scheduler.py" line="360" />
            <source>削除する</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="174" />
            <source>{n} 件の控えを削除しました。</source>
            <translation>Deleted {n} copies.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="163" />
            <source>選択した {n} 件の控えを削除します。元に戻せません。よろしいですか？</source>
            <translation>Delete the {n} selected copies? This cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/copies_dialog.py" line="139" />
            <source>{days} 日以上前の控えが {n} 件あります。不要なら削除してください。</source>
            <translation>{n} copies are {days} days old or older. Delete them if they are no longer needed.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="46" />
            <source>バックアップの作成</source>
            <translation>Create backup</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="63" />
            <location filename="../../ui/backup/restore_wizard.py" line="61" />
            <source>参照…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="71" />
            <source>生成</source>
            <translation>Generate</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="73" />
            <source>推測されにくいパスフレーズを作ります（英小文字と数字、日本語キーボードでそのまま入力できます）</source>
            <translation>Make a hard-to-guess passphrase (lowercase letters and digits, typed as is on a Japanese keyboard)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="85" />
            <source>保管票をPDFで保存…</source>
            <translation>Save sheet as PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="88" />
            <source>保管票を印刷…</source>
            <translation>Print sheet…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="102" />
            <source>バックアップはこのパスフレーズで暗号化されます。ログインパスワードとは別のものにし、安全な場所に控えてください。パスフレーズを忘れると復元できません。</source>
            <translation>The backup is encrypted with this passphrase. Use one that differs from your login password and keep a note of it in a safe place. Without the passphrase the backup cannot be restored.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="108" />
            <location filename="../../ui/backup/restore_wizard.py" line="212" />
            <source>保存先</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="109" />
            <location filename="../../ui/backup/restore_wizard.py" line="74" />
            <location filename="../../ui/backup/schedule_dialog.py" line="100" />
            <source>パスフレーズ</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="111" />
            <location filename="../../ui/backup/schedule_dialog.py" line="101" />
            <source>パスフレーズ（確認）</source>
            <translation>Passphrase (again)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="126" />
            <source>作成する</source>
            <translation>Create</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="128" />
            <location filename="../../ui/backup/restore_wizard.py" line="333" />
            <location filename="../../ui/backup/schedule_dialog.py" line="109" />
            <location filename="../../ui/backup/scheduler.py" line="299" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="147" />
            <source>バックアップの保存先</source>
            <translation>Backup destination</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="148" />
            <location filename="../../ui/backup/restore_wizard.py" line="84" />
            <source>バックアップ (*.daicho-backup);;すべてのファイル (*)</source>
            <translation>Backups (*.daicho-backup);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="188" />
            <source>パスフレーズ保管票をPDFとして保存</source>
            <translation>Save the passphrase sheet as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="189" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="239" />
            <source>バックアップを作成しています…</source>
            <translation>Creating the backup…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="257" />
            <location filename="../../ui/backup/restore_wizard.py" line="434" />
            <source>キャンセルしています…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="229" />
            <source>保存先を指定してください。</source>
            <translation>Please choose a destination.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="231" />
            <location filename="../../ui/backup/schedule_dialog.py" line="139" />
            <source>確認のために入力したパスフレーズが一致しません。</source>
            <translation>The passphrases entered for confirmation do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="163" />
            <source>生成したパスフレーズ: {p}&lt;br&gt;表示はこの画面を閉じるまでです。書き留めるか、保管票を印刷して、バックアップとは別の施錠できる場所に保管してください。</source>
            <translation>Generated passphrase: {p}&lt;br&gt;It is shown only until this window closes. Write it down or print the sheet, and keep it locked away, apart from the backup.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="197" />
            <source>保存しました: {path}
印刷したら、PDFファイルは削除してください。</source>
            <translation>Saved: {path}
Delete the PDF file once it is printed.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="204" />
            <source>バックアップ パスフレーズ保管票</source>
            <translation>Backup passphrase sheet</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="279" />
            <source>バックアップを作成しました: {path}（{mb:.1f} MB、SHA-256 {sha}…）</source>
            <translation>Backup created: {path} ({mb:.1f} MB, SHA-256 {sha}…)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/export_dialog.py" line="274" />
            <source>バックアップは作成しましたが、履歴に記録できませんでした: {e}</source>
            <translation>The backup was created but could not be recorded in the history: {e}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="57" />
            <source>バックアップファイル</source>
            <translation>Backup file</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="58" />
            <source>復元するバックアップファイルと、その作成時に決めたパスフレーズを入力し、検証してください。</source>
            <translation>Enter the backup file to restore and the passphrase chosen when it was made, then verify it.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="68" />
            <source>検証する</source>
            <translation>Verify</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="83" />
            <source>バックアップファイルを選択</source>
            <translation>Choose a backup file</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="98" />
            <source>検証しています…（大きなバックアップでは時間がかかります）</source>
            <translation>Verifying… (large backups take a while)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="128" />
            <source>復元の権限</source>
            <translation>Authority to restore</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="129" />
            <source>バックアップ作成時点の管理者のパスワード、または台帳のリカバリーキーが必要です。</source>
            <translation>The password of an administrator at the time of the backup, or the vault's recovery key, is needed.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="130" />
            <source>管理者のパスワード（バックアップ作成時点のもの）</source>
            <translation>Administrator's password (as at the time of the backup)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="132" />
            <source>リカバリーキー（新しいPCに復元するときはこちら）</source>
            <translation>Recovery key (use this when restoring to a new PC)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="150" />
            <source>管理者のユーザーID</source>
            <translation>Administrator's user ID</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="151" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="153" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="177" />
            <source>このPCはバックアップ時点で登録済みの端末ではありません。パスワードで復元すると、このPCで開くにはあとでリカバリーキーが必要です。</source>
            <translation>This PC was not a registered terminal at the time of the backup. If you restore with a password, opening the vault on this PC will later need the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="191" />
            <source>復元先</source>
            <translation>Restore to</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="192" />
            <source>新しい台帳ファイルとして復元する</source>
            <translation>Restore as a new vault file</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="194" />
            <source>現在の台帳を置き換える（元の台帳は安全コピーとして残します）</source>
            <translation>Replace the current vault (the original is kept as a safety copy)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="203" />
            <source>置き換えるには、現在の台帳の管理者が、いまのパスワードで許可してください（バックアップ作成時点のパスワードではありません）。</source>
            <translation>To replace it, an administrator of the current vault must allow it with their current password (not the password as it was when the backup was made).</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="216" />
            <source>現在の台帳の管理者のユーザーID</source>
            <translation>Administrator of the current vault (user ID)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="217" />
            <source>いまのパスワード</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="258" />
            <location filename="../../ui/backup/section.py" line="68" />
            <source>復元</source>
            <translation>Restore</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="260" />
            <source>復元を開始</source>
            <translation>Start restoring</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="263" />
            <source>中止</source>
            <translation>Abort</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="308" />
            <source>バックアップからの復元</source>
            <translation>Restore from backup</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="330" />
            <source>次へ</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="331" />
            <source>戻る</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="332" />
            <source>完了</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="405" />
            <source>復元しています…</source>
            <translation>Restoring…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="245" />
            <source>置き換えると、いまの台帳を閉じてから復元し、ログイン画面に戻ります。復元後は各ユーザーがバックアップ時点のパスワードでログインします。</source>
            <translation>Replacing closes the current vault, restores the backup and returns to the login window. After the restore, every user logs in with their password as at the time of the backup.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="361" />
            <source>開いている台帳がないため、新しい台帳ファイルとして復元します。</source>
            <translation>No vault is open, so the backup is restored as a new vault file.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="363" />
            <source>現在の台帳を置き換えられるのは管理者だけです。</source>
            <translation>Only an administrator can replace the current vault.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="365" />
            <source>このバックアップは別の台帳のものです。新しい台帳ファイルとして復元してください。</source>
            <translation>This backup belongs to another vault. Restore it as a new vault file.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="367" />
            <source>この画面からは置き換えられません。新しい台帳ファイルとして復元してください。</source>
            <translation>The vault cannot be replaced from this screen. Restore it as a new vault file.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="471" />
            <source>元の台帳は変更されていません。もう一度ログインしてください。</source>
            <translation>The original vault has not been changed. Please log in again.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="284" />
            <source>現在の台帳を置き換えます: {path}</source>
            <translation>The current vault will be replaced: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="285" />
            <source>新しい台帳ファイルを作成します: {path}</source>
            <translation>A new vault file will be created: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="108" />
            <source>✓ 問題は見つかりませんでした。</source>
            <translation>✓ No problems found.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/restore_wizard.py" line="448" />
            <source>復元しました: {path}</source>
            <translation>Restored: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="42" />
            <source>定期バックアップの設定</source>
            <translation>Scheduled backups</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="63" />
            <source>選択…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="95" />
            <source>実行するタイミング</source>
            <translation>When</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="96" />
            <source>時刻（毎日・毎週）</source>
            <translation>Time (daily, weekly)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="97" />
            <source>曜日（毎週）</source>
            <translation>Day (weekly)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="98" />
            <location filename="../../ui/backup/schedule_dialog.py" line="127" />
            <source>保存先フォルダー</source>
            <translation>Destination folder</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="99" />
            <source>残す数</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="102" />
            <source>パスフレーズは暗号化された台帳の中に保管され、ファイルやログには書かれません。復元にはこのパスフレーズが必要です。別に書き留めて保管してください。アプリの起動中に実行し、保存先が見つからないときは次の機会に再試行します。</source>
            <translation>The passphrase is kept inside the encrypted vault and never written to a file or a log. A restore needs it: write it down and keep it safe. Backups run while the app is open; when the destination is missing, the app tries again at the next check.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="108" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="159" />
            <source>保存しています…</source>
            <translation>Saving…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="49" />
            <source>しない</source>
            <translation>Never</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="50" />
            <source>毎日</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="50" />
            <source>毎週</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="77" />
            <source>日次</source>
            <translation>Daily</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="77" />
            <source>週次</source>
            <translation>Weekly</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="78" />
            <source>月次</source>
            <translation>Monthly</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="86" />
            <source>設定済み（変更するときだけ入力）</source>
            <translation>Set (enter only to change it)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/schedule_dialog.py" line="143" />
            <source>定期バックアップのパスフレーズを入力してください。</source>
            <translation>Enter the passphrase for scheduled backups.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="55" />
            <source>バックアップ画面を開く</source>
            <translation>Open backups</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="92" />
            <source>バックアップ中 %p%</source>
            <translation>Backing up %p%</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="177" />
            <source>定期バックアップを作成しています（作業はそのまま続けられます）…</source>
            <translation>Making the scheduled backup (you can keep working)…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="298" />
            <source>定期バックアップが終わるまでお待ちください…</source>
            <translation>Waiting for the scheduled backup to finish…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="301" />
            <location filename="../../ui/backup/section.py" line="246" />
            <source>バックアップ</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="361" />
            <source>残す</source>
            <translation>Keep</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="354" />
            <source>削除したユーザー（{users}）のキースロットが、台帳の退避コピー {n} 件に残っています。そのユーザーの以前のパスワードで退避コピーを開けるため、不要なら削除してください。削除しますか？</source>
            <translation>The key slot of the deleted user ({users}) remains in {n} rollback copies of the vault; that user's old password still opens them. Delete them if they are no longer needed. Delete now?</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="372" />
            <source>退避コピーを {n} 件削除しました。</source>
            <translation>Deleted {n} rollback copies.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="227" />
            <source>予期しないエラーで定期バックアップに失敗しました（{kind}）。</source>
            <translation>The scheduled backup failed with an unexpected error ({kind}).</translation>
        </message>
        <message>
            <location filename="../../ui/backup/scheduler.py" line="245" />
            <source>定期バックアップを作成し、検証しました: {name}</source>
            <translation>Scheduled backup made and verified: {name}</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="30" />
            <source>種別</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="30" />
            <source>日時</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="30" />
            <source>実行者</source>
            <translation>By</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="31" />
            <source>場所</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="106" />
            <source>バックアップを作成…</source>
            <translation>Create backup…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="109" />
            <source>検証・復元…</source>
            <translation>Verify / restore…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="117" />
            <source>バックアップの履歴</source>
            <translation>Backup history</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="130" />
            <source>定期バックアップの設定…</source>
            <translation>Scheduled backups…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="134" />
            <source>定期バックアップを今すぐ実行</source>
            <translation>Run the scheduled backup now</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="137" />
            <source>台帳の退避コピー…</source>
            <translation>Rollback copies…</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="149" />
            <source>バックアップは1つの暗号化ファイルです。パスフレーズがあれば別のPCでも復元できます。登録済みの媒体に保存してください。</source>
            <translation>A backup is one encrypted file. With the passphrase it can be restored on another PC as well. Save it to registered media.</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="158" />
            <source>履歴</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="68" />
            <source>作成</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="73" />
            <source>（リカバリーキー）</source>
            <translation>(recovery key)</translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="177" />
            <source>定期バックアップ: </source>
            <translation>Scheduled backups: </translation>
        </message>
        <message>
            <location filename="../../ui/backup/section.py" line="183" />
            <source>{days} 日以上前の台帳の退避コピーが {n} 件あります。不要なら「台帳の退避コピー」から削除してください。</source>
            <translation>{n} rollback copies of the vault are {days} days old or older. Delete them under "Rollback copies" if they are no longer needed.</translation>
        </message>
        <message>
            <source>最終バックアップ: {date}（{n} 日前）</source>
            <translation type="obsolete">Last backup: {date} ({n} days ago)</translation>
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
            <location filename="../../desktop/cli/cmd_audit.py" line="20" />
            <source>監査ログ</source>
            <translation>the audit trail</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_audit.py" line="23" />
            <source>監査ログを書き出す</source>
            <translation>export the audit trail</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_audit.py" line="25" />
            <source>出力ファイル（省略時または - で標準出力）</source>
            <translation>output file (default or -: stdout)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_audit.py" line="27" />
            <source>鍵ファイルに認証なしで書かれていたイベント（監査ログには含まれない）</source>
            <translation>events found in the key file without authentication (not in the trail)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_audit.py" line="123" />
            <source>未検証のイベントはありません。</source>
            <translation>There are no unverified events.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_audit.py" line="125" />
            <source>未検証のイベント {n} 件（鍵ファイルに認証なしで書かれていたもの。誰が書いたかは確かめられず、監査ログには含まれません）:</source>
            <translation>{n} unverified events (written into the key file without authentication; who wrote them cannot be checked, and they are not part of the audit log):</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_audit.py" line="100" />
            <source>監査ログ {n} 件を書き出しました: {path}</source>
            <translation>Exported {n} audit log entries: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="131" />
            <location filename="../../desktop/cli/cmd_backup.py" line="174" />
            <location filename="../../desktop/cli/cmd_backup.py" line="192" />
            <source>バックアップのパスフレーズ</source>
            <translation>Backup passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="43" />
            <source>暗号化バックアップ：作成・検査・復元・履歴</source>
            <translation>encrypted backups: export, verify, restore, history</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="47" />
            <source>暗号化バックアップを作成する（標準入力: 自分のパスワード、次にパスフレーズ）</source>
            <translation>write an encrypted backup (stdin: your password, then the passphrase)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="48" />
            <source>作成するバックアップファイル（またはフォルダー）</source>
            <translation>backup file to write (or a folder)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="49" />
            <location filename="../../desktop/cli/cmd_backup.py" line="75" />
            <location filename="../../desktop/cli/cmd_backup.py" line="104" />
            <source>進み具合を標準エラー出力に表示する</source>
            <translation>show progress on stderr</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="51" />
            <source>標準入力から読む代わりに強いパスフレーズを作る（標準出力に一度だけ表示）</source>
            <translation>make a strong passphrase (printed once on stdout) instead of reading one from stdin</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="53" />
            <source>--generate-passphrase と併用: 印刷用のパスフレーズ控え（PDF）もここに書き出す</source>
            <translation>with --generate-passphrase: also write the printable passphrase sheet (PDF) here</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="56" />
            <source>バックアップファイルを検査する（標準入力: パスフレーズ）</source>
            <translation>check a backup file (stdin: the passphrase)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="60" />
            <source>バックアップから復元する（標準入力: 管理者のパスワードまたはリカバリーキー、次にパスフレーズ）</source>
            <translation>restore a backup (stdin: administrator password or recovery key, then passphrase)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="63" />
            <source>作成する台帳ファイル（省略時: --vault または DAICHO_VAULT の台帳）</source>
            <translation>vault file to create (default: the vault named by --vault / DAICHO_VAULT)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="65" />
            <source>PATH の台帳を置き換える（隣に安全のための控えを残す）。その台帳の現在の管理者が必要</source>
            <translation>replace the vault at PATH (a safety copy is kept beside it); needs an administrator of that vault as it is now</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="67" />
            <source>--replace と併用: 現在の台帳の管理者（省略時: --user）。その人の現在のパスワードを標準入力の最後の行で渡す</source>
            <translation>with --replace: administrator of the current vault (default: --user) whose current password is on the last stdin line</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="69" />
            <source>--replace と併用、現在の台帳の登録端末でないPCで: その台帳のリカバリーキーを管理者のパスワードの前の行で渡す</source>
            <translation>with --replace, on a PC that is not a terminal of the current vault: its recovery key on the stdin line before the live administrator's password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="72" />
            <source>管理者（バックアップ時点のもの）。パスワードを標準入力の1行目で渡す</source>
            <translation>administrator (as in the backup) whose password is on the first stdin line</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="74" />
            <source>代わりに台帳のリカバリーキーを標準入力の1行目から読む</source>
            <translation>read the vault's recovery key from the first stdin line instead</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="78" />
            <source>この台帳から作ったバックアップと、この台帳への復元の一覧</source>
            <translation>list backups made from this vault and restores into it</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="81" />
            <source>最後にバックアップした日時（期限切れなら終了コード 1）</source>
            <translation>when the last backup was made; exit 1 when one is overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="84" />
            <source>定期バックアップの表示・変更（管理者）</source>
            <translation>show or change the scheduled backup (administrators)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="88" />
            <source>予定を変更する（標準入力: 自分のパスワード[、パスフレーズ]）</source>
            <translation>change the schedule (stdin: your password[, the passphrase])</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="90" />
            <source>時刻（毎日・毎週）</source>
            <translation>time of day (daily, weekly)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="91" />
            <source>毎週: 0 = 月曜 … 6 = 日曜</source>
            <translation>weekly: 0 = Monday … 6 = Sunday</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="92" />
            <source>保存先フォルダー（絶対パス。USBメモリー、NAS など）</source>
            <translation>destination folder (absolute; a USB drive, a NAS path)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="98" />
            <source>定期バックアップ用の新しいパスフレーズを保管する（標準入力の2行目）</source>
            <translation>keep a new passphrase for scheduled backups (second stdin line)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="99" />
            <source>保管したパスフレーズを消す</source>
            <translation>forget the kept passphrase</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="102" />
            <source>予定の時刻なら定期バックアップを実行する（終了コード 0 完了、1 失敗、3 予定外）</source>
            <translation>run the scheduled backup if due; exit 0 done, 1 failed, 3 not due</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="103" />
            <source>予定の時刻でなくても実行する</source>
            <translation>run even when not due</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="107" />
            <source>古い定期バックアップを削除する（世代管理）</source>
            <translation>delete old scheduled backups (grandfather-father-son)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="108" />
            <source>残すものと削除するものを表示するだけにする</source>
            <translation>only show what would be kept and deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="142" />
            <source>--passphrase-sheet は --generate-passphrase と一緒に指定してください。</source>
            <translation>Use --passphrase-sheet together with --generate-passphrase.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="186" />
            <source>--user（バックアップ時点の管理者）か --recovery-key-stdin を指定してください。</source>
            <translation>Give --user (an administrator at the time of the backup) or --recovery-key-stdin.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="201" />
            <source>現在の台帳の管理者のパスワード（いまのもの）</source>
            <translation>current password of the current vault's administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="261" />
            <source>変更する項目を指定してください（--mode、--folder、--passphrase-stdin など）。</source>
            <translation>Say what to change (--mode, --folder, --passphrase-stdin, …).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="266" />
            <location filename="../../desktop/cli/cmd_backup.py" line="151" />
            <source>バックアップのパスフレーズには、ログインパスワードと別のものを使ってください。</source>
            <translation>Use a backup passphrase that differs from your login password.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="287" />
            <source>定期バックアップの時刻ではありません。</source>
            <translation>No scheduled backup is due.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="154" />
            <source>{size} バイト  SHA-256 {sha}</source>
            <translation>{size} bytes  SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="176" />
            <source>問題は見つかりませんでした。</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="189" />
            <location filename="../../desktop/cli/cmd_terminal.py" line="58" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="191" />
            <source>管理者のパスワード（バックアップ時点）</source>
            <translation>Administrator's password (at the time of the backup)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="197" />
            <source>--live-user（現在の台帳の管理者）を指定してください。</source>
            <translation>Specify --live-user (an administrator of the current vault).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="200" />
            <source>現在の台帳のリカバリーキー</source>
            <translation>recovery key of the current vault</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="87" />
            <source>予定・保存先・世代管理・前回の結果</source>
            <translation>schedule, destination, rotation, last result</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="156" />
            <source>パスフレーズ（表示はこの一度だけです。書き留めるか保管票を印刷してください）: {p}</source>
            <translation>Passphrase (shown this once only; write it down or print the sheet): {p}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="275" />
            <source>定期バックアップのパスフレーズを{what}しました。</source>
            <translation>Scheduled-backup passphrase {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="292" />
            <source>削除（ローテーション）: {name}</source>
            <translation>Deleted (rotation): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="159" />
            <source>保管票: {path}（印刷したら、PDFファイルは削除してください）</source>
            <translation>Sheet: {path} (delete the PDF file once it is printed)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="276" />
            <source>設定</source>
            <translation>set</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_backup.py" line="276" />
            <source>削除</source>
            <translation>removed</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_completion.py" line="12" />
            <source>シェルの補完スクリプトを出力する（bash, zsh, PowerShell）</source>
            <translation>print a shell completion script (bash, zsh, PowerShell)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_completion.py" line="13" />
            <source>シェルの種類</source>
            <translation>shell</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="120" />
            <source>注意: 証跡パッケージのファイルは暗号化されずに台帳の外へ書き出されます。保存先の管理に注意してください。</source>
            <translation>Note: the evidence package files are written outside the vault UNENCRYPTED. Take care where you keep them.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="32" />
            <source>ガイドラインの条項ごとの状況（対象外・確認の登録も）</source>
            <translation>clause-by-clause status of the guideline (and N/A, confirmations)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="33" />
            <source>この日付時点で判定する（既定: 今日）</source>
            <translation>assess as of this date (default: today)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="37" />
            <source>条項を契約の対象外として登録する</source>
            <translation>mark a clause as not applicable to the contract</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="41" />
            <source>対象外の登録を取り消す</source>
            <translation>undo a not-applicable mark</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="44" />
            <source>記録では判定できない条項を確認済みとして登録する</source>
            <translation>confirm a clause the records cannot decide</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="48" />
            <source>監査用の証跡一式を書き出す（ファイルは暗号化されずに台帳の外に出ます）</source>
            <translation>write the audit evidence package (files leave the vault unencrypted)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="50" />
            <source>作成するフォルダー（--zip では ZIP ファイル）。書き出し先を監査ログに残すため、標準出力（-）には書き出せません</source>
            <translation>folder to create (a ZIP file with --zip). Not standard output (-): the audit trail records where it was written</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="54" />
            <source>この日以降に発行した提出書類（既定: 1年前）</source>
            <translation>submittals issued from (default: 1 year ago)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="56" />
            <source>この日までに発行した提出書類（既定: 今日）</source>
            <translation>submittals issued up to (default: today)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="57" />
            <source>フォルダーではなく1つの ZIP ファイルに書き出す</source>
            <translation>write one ZIP file instead of a folder</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="78" />
            <location filename="../../desktop/cli/cmd_due.py" line="45" />
            <location filename="../../desktop/cli/cmd_registers.py" line="77" />
            <source>条項</source>
            <translation>Clauses</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="78" />
            <source>状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="78" />
            <location filename="../../desktop/cli/cmd_due.py" line="46" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="78" />
            <source>根拠</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="115" />
            <source>証跡パッケージは標準出力には書き出せません。作成するフォルダー（--zip では ZIP ファイル）を指定してください。</source>
            <translation>The evidence package cannot be written to standard output. Give the folder to create (a ZIP file with --zip).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="89" />
            <source>条項 {id} を対象外にしました。</source>
            <translation>Clause {id} marked not applicable.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="97" />
            <source>条項 {id} の対象外を取り消しました。</source>
            <translation>Clause {id} is applicable again.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="105" />
            <source>条項 {id} の確認を記録しました。</source>
            <translation>Confirmation of clause {id} recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="123" />
            <source>証跡パッケージを書き出しました: {path}（{n}ファイル）</source>
            <translation>Evidence package written: {path} ({n} files)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_compliance.py" line="27" />
            <source>日付は YYYY-MM-DD で指定してください: {text}</source>
            <translation>Give the date as YYYY-MM-DD: {text}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="13" />
            <source>期限が近いもの・期限超過・要対応の一覧（期限超過があれば終了コード 3）</source>
            <translation>what is due, overdue or flagged (exit 3 when something is overdue)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="15" />
            <source>この台帳だけ（スラッグ）</source>
            <translation>only this register (slug)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="16" />
            <source>この条項に関するものだけ</source>
            <translation>only items concerning this clause</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="42" />
            <source>期限超過</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="42" />
            <source>要対応</source>
            <translation>Attention</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="42" />
            <source>確認</source>
            <translation>Check</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="45" />
            <source>台帳</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="45" />
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="45" />
            <source>対象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="46" />
            <source>区分</source>
            <translation>Level</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="46" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_due.py" line="48" />
            <source>{n}件（うち期限超過 {m}件）</source>
            <translation>{n} items ({m} overdue)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="86" />
            <source>このPCでは安全なキーリング（OSの資格情報の保管場所）が使えないため、端末の登録（端末制限）ができません。キーリングを使える状態にしてやり直すか、端末制限なしで運用する場合は --no-terminal-binding を付けてください（その選択は監査ログに記録されます）。</source>
            <translation>Terminals cannot be registered (terminal binding) because no secure keyring (operating-system credential store) is available on this PC. Make a keyring available and try again, or add --no-terminal-binding to run without terminal binding (that choice is recorded in the audit log).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="42" />
            <source>管理者のパスワード</source>
            <translation>Administrator's password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="17" />
            <source>新しい台帳を作成する（表示するのはリカバリーキーだけ）</source>
            <translation>create a new vault (prints only the recovery key)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="18" />
            <source>商号又は名称</source>
            <translation>company or trade name</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="19" />
            <source>最初の管理者のユーザーID</source>
            <translation>the first administrator's user ID</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="20" />
            <source>管理者の表示名（省略時: ユーザーID）</source>
            <translation>the administrator's display name (default: the ID)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="21" />
            <source>所在地</source>
            <translation>address</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="22" />
            <source>代表者職氏名</source>
            <translation>representative's title and name</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="23" />
            <source>委託業務名</source>
            <translation>Contracted work</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="27" />
            <source>端末制限なしで運用する（安全なキーリングが使えない場合だけ。監査ログに記録）</source>
            <translation>run without terminal binding (only when no secure OS keyring works here; audited)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="59" />
            <source>台帳を作成しました: {path}
上の行がリカバリーキーです。二度と表示されません。印刷するか書き写して、鍵のかかる場所に保管してください。</source>
            <translation>Vault created: {path}
The line above is the recovery key. It will not be shown again. Print it or copy it out, and keep it under lock and key.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="81" />
            <source>リカバリーキー保管票を書き出しました: {path}（リカバリーキーが載っています。印刷したらファイルは削除し、紙を鍵のかかる場所に保管してください）</source>
            <translation>Wrote the recovery-key sheet: {path} (it contains the recovery key: print it, delete the file and keep the paper locked away)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="38" />
            <source>台帳ファイルがすでにあります: {path}</source>
            <translation>A vault file already exists: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_init.py" line="77" />
            <source>リカバリーキー保管票を書き出せませんでした（{path}: {reason}）。下に表示するリカバリーキーを書き写してください。</source>
            <translation>Could not write the recovery-key sheet ({path}: {reason}). Copy down the recovery key shown below.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="25" />
            <source>台帳のスラッグ（識別名）の一覧</source>
            <translation>list the register slugs</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="28" />
            <source>台帳の記録の一覧</source>
            <translation>list a register's records</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="29" />
            <source>台帳のスラッグ（`daicho registers` で確認）</source>
            <translation>register slug (see `daicho registers`)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="30" />
            <source>検索する文字列（2文字以上）</source>
            <translation>substring to find (2 characters or more)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="32" />
            <source>json: 1記録1オブジェクト、キーは項目名、日付は ISO 8601</source>
            <translation>json: one object per record, keys are the field names, dates in ISO 8601</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="33" />
            <source>表示する最大件数（0 = すべて）</source>
            <translation>at most this many rows (0 = all)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="35" />
            <source>取扱注意の台帳を一覧する理由（監査ログに記録）</source>
            <translation>why a confidential register is listed (recorded in the audit trail)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="38" />
            <source>台帳を CSV・Excel ブック・JSON に書き出す</source>
            <translation>export a register as CSV, an Excel workbook or JSON</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="41" />
            <source>書き出すファイル（- で標準出力。CSV と JSON のみ）</source>
            <translation>file to write (- for standard output; CSV and JSON only)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="44" />
            <source>取扱注意の台帳: 管理者が理由を添えてこの書き出しを許可する</source>
            <translation>a confidential register: an administrator allows this export with a reason</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="46" />
            <location filename="../../desktop/cli/cmd_registers.py" line="61" />
            <source>既定: ファイル名（.xlsx、.json）から判断、それ以外は csv</source>
            <translation>default: from the file name (.xlsx, .json), otherwise csv</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="49" />
            <source>台帳の記入用 Excel ブックを書き出す</source>
            <translation>write an Excel workbook to fill in for a register</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="51" />
            <source>書き出す .xlsx ファイル（- で標準出力）</source>
            <translation>.xlsx file to write (- for standard output)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="54" />
            <source>CSV・Excel・JSON の行を台帳に取り込む</source>
            <translation>import rows from CSV, Excel or JSON into a register</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="57" />
            <source>確認だけ行い、書き込まない</source>
            <translation>check only, write nothing</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="59" />
            <source>既定: 自動判別（BOM、UTF-8、それ以外は CP932）</source>
            <translation>default: detect (BOM, UTF-8, else CP932)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="63" />
            <source>既存の記録と重複する行も取り込む（既定: 取り込まない）</source>
            <translation>also import rows that match an existing record (default: skip them)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="77" />
            <source>台帳ID</source>
            <translation>Register ID</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="77" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="232" />
            <source>取り込みます</source>
            <translation>they will be imported</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="232" />
            <source>取り込みません</source>
            <translation>they will be skipped</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="151" />
            <source>記入用のブックを書き出しました: {path}</source>
            <translation>Wrote a workbook to fill in: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="168" />
            <source>Excel ブックは標準出力に書き出せません。ファイル名を指定してください。</source>
            <translation>An Excel workbook cannot be written to standard output. Give a file name.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="201" />
            <source>{n}件を書き出しました: {path}（{encoding}）</source>
            <translation>Exported {n} records: {path} ({encoding})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="246" />
            <source>{n}件を取り込みました（ID {first}〜{last}）。</source>
            <translation>Imported {n} records (ID {first}–{last}).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="122" />
            <source>{shown}件を表示（全{mark}{total}件）</source>
            <translation>Showing {shown} records (of {mark}{total})</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="192" />
            <source>{n}件を書き出しました: {path}（Excel ブック）</source>
            <translation>Exported {n} records: {path} (Excel workbook)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="198" />
            <source>{n}件を書き出しました: {path}（JSON）</source>
            <translation>Exported {n} records: {path} (JSON)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="241" />
            <source>問題はありません。{n}件を取り込めます（--dry-run のため書き込んでいません）。</source>
            <translation>No problems. {n} records can be imported (nothing written because of --dry-run).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="223" />
            <source>{n}件の問題があるため取り込みませんでした（{rows}件を確認）。</source>
            <translation>Nothing was imported because of {n} problems ({rows} records checked).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="226" />
            <source>{n}件の問題があるため取り込みませんでした（{rows}行を確認）。</source>
            <translation>Nothing was imported because of {n} problems (check {rows} rows).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="234" />
            <source>既存の記録（またはファイル内の前の記録）と重複する記録が {n}件あります（{lines}件目）。重複分は{what}。</source>
            <translation>{n} records duplicate an existing record (or an earlier record in the file) (records {lines}). Duplicates: {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_registers.py" line="237" />
            <source>既存の記録（またはファイル内の前の行）と重複する行が {n}件あります（{lines}行目）。重複分は{what}。</source>
            <translation>{n} rows duplicate an existing record (or an earlier row of the file) (rows {lines}); {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_sample.py" line="14" />
            <source>空の台帳に例のレコードを入れる</source>
            <translation>fill an empty vault with example records</translation>
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
            <location filename="../../desktop/cli/cmd_settings.py" line="17" />
            <source>台帳の設定</source>
            <translation>vault settings</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_settings.py" line="20" />
            <source>すべての設定とその値の一覧</source>
            <translation>list every setting with its value</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_settings.py" line="22" />
            <source>設定を1つ表示する</source>
            <translation>print one setting</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_settings.py" line="25" />
            <source>設定を1つ変更する（管理者）</source>
            <translation>change one setting (administrators)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_settings.py" line="46" />
            <source>そのような設定はありません: {key}</source>
            <translation>No such setting: {key}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="33" />
            <source>県への提出書類（PDF）</source>
            <translation>submittals to the prefecture (PDF)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="37" />
            <source>様式と、それぞれに必要な指定の一覧</source>
            <translation>list the forms and the parameters each needs</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="40" />
            <source>様式を発行する（番号を付け、履歴に記録し、PDFを書き出す）</source>
            <translation>issue a form: number it, record it, write the PDF</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="41" />
            <source>様式のID（`daicho submittal kinds` を参照）</source>
            <translation>form slug (see `daicho submittal kinds`)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="42" />
            <source>レコードID（事故、手順書）</source>
            <translation>record ID (incident, runbook)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="44" />
            <source>対象の機器のID（保守作業記録。省略するとすべての機器）</source>
            <translation>the equipment ID (maintenance record; all equipment when left out)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="45" />
            <source>期間の初日（YYYY-MM-DD）</source>
            <translation>period start, YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="46" />
            <source>期間の末日（YYYY-MM-DD）</source>
            <translation>period end, YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="47" />
            <source>基準日（YYYY-MM-DD）</source>
            <translation>reference date, YYYY-MM-DD</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="49" />
            <source>年度（4月〜3月、始まりの年で指定）</source>
            <translation>fiscal year (April–March), by its starting year</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="50" />
            <source>書き出すPDFファイル（- で標準出力）</source>
            <translation>PDF file to write (-: stdout)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="52" />
            <source>秘密扱いの様式を発行する理由（監査ログに記録）</source>
            <translation>why a confidential form is issued (recorded in the audit trail)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="54" />
            <source>案として書き出す（「案」入り、文書番号なし、履歴に記録しない）</source>
            <translation>write a draft (marked 案, no document number, not recorded)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="56" />
            <source>文書に記載する発行日（YYYY-MM-DD、省略時は今日）</source>
            <translation>issue date printed on the document (YYYY-MM-DD, default today)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="58" />
            <source>この発行の宛先（governor: 知事、section_head: 所管課の長、又は宛先の文字）</source>
            <translation>addressee for this issue (governor, section_head, or the text to print)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="60" />
            <source>発行前の確認で見つかった点を確認したうえで発行する（監査ログに記録）</source>
            <translation>issue although the pre-issue check found something (recorded in the audit trail)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="63" />
            <source>発行した提出書類とその SHA-256 の一覧</source>
            <translation>list issued submittals with their SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="64" />
            <source>この様式だけ</source>
            <translation>only this form</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="68" />
            <source>発行済みの提出書類を作り直し、SHA-256 を照合する</source>
            <translation>re-generate an issued submittal and compare its SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="69" />
            <source>履歴ID（`daicho submittal history` を参照）</source>
            <translation>history ID (see `daicho submittal history`)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="70" />
            <source>一致したとき、作り直したPDFをここにも書き出す（- で標準出力。結果は標準エラー出力へ）</source>
            <translation>when it matches, also write the regenerated PDF here (- for standard output; the result then goes to standard error)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="72" />
            <source>秘密扱いの様式を書き出す理由（監査ログに記録）</source>
            <translation>a confidential form: why it is written out (audited)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="74" />
            <source>json: 結果を1つのオブジェクトで（キーは固定、日付は ISO 8601）</source>
            <translation>json: the result as one object (stable keys, ISO 8601 dates)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="134" />
            <source>期間は --from と --to の両方で指定してください。</source>
            <translation>Give the period with both --from and --to.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="145" />
            <source>発行前の確認で次の点が見つかりました:</source>
            <translation>The pre-issue check found:</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="171" />
            <source>--confirm は発行するときだけ使います（--draft では使いません）。</source>
            <translation>--confirm is only for issuing (not with --draft).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="229" />
            <source>発行時の文書と一致しないため、ファイルは書き出しませんでした。</source>
            <translation>The file was not written because it does not match the document as issued.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="99" />
            <source>--equipment と --record の両方は指定できません。</source>
            <translation>Give either --equipment or --record, not both.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="101" />
            <source>注意: 機器の指定は --equipment に名前が変わりました（--record も当面使えます）。</source>
            <translation>Note: the equipment is now given with --equipment (--record still works for now).</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="149" />
            <source>記録を修正してからやり直すか、このまま発行する場合は --confirm を付けてください（確認したことは監査ログに記録されます）。発行していません。</source>
            <translation>Fix the records and try again, or add --confirm to issue as it is (the confirmation is recorded in the audit trail). Nothing was issued.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="159" />
            <source>{title}を発行しました（{pages}ページ、{size}バイト、履歴 #{id}）: {path}</source>
            <translation>Issued {title} ({pages} pages, {size} bytes, history #{id}): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="177" />
            <source>{title}の案を書き出しました（{pages}ページ。文書番号なし、発行履歴には記録していません）: {path}</source>
            <translation>Wrote a draft of {title} ({pages} pages; no document number, not recorded in the history): {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="105" />
            <location filename="../../desktop/cli/cmd_submittal.py" line="131" />
            <source>「{title}」では次の指定は使いません: {opts}</source>
            <translation>"{title}" does not use these options: {opts}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="224" />
            <source>記録されたSHA-256: {sha}</source>
            <translation>Recorded SHA-256: {sha}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_submittal.py" line="226" />
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
            <location filename="../../desktop/cli/cmd_terminal.py" line="10" />
            <source>登録したPC（端末制限）</source>
            <translation>registered PCs (terminal binding)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="14" />
            <source>登録した端末の一覧</source>
            <translation>list registered terminals</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="17" />
            <source>リカバリーキーでこのPCを登録する（標準入力: 自分のパスワード、次にリカバリーキー）</source>
            <translation>register this PC with the recovery key (stdin: your password, then the recovery key)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="20" />
            <source>リカバリーキーを標準入力の2行目から読む</source>
            <translation>read the recovery key from the second stdin line</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="21" />
            <source>このPCの名前（省略時: ホスト名）</source>
            <translation>a name for this PC (default: host name)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="24" />
            <source>端末の登録を取り消す（台帳の鍵を掛け替える）</source>
            <translation>remove a terminal (re-keys the vault)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_terminal.py" line="28" />
            <source>端末制限を入れる・切る（管理者。監査ログに記録）</source>
            <translation>switch terminal binding on or off (administrators; audited)</translation>
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
            <location filename="../../desktop/cli/cmd_user.py" line="54" />
            <source>新しいユーザーの初期パスワード</source>
            <translation>Initial password of the new user</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="128" />
            <source>新しいパスワード</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="130" />
            <source>パスワードを変更しました。</source>
            <translation>The password has been changed.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="14" />
            <source>ユーザーアカウント</source>
            <translation>user accounts</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="18" />
            <source>ユーザーを作成する（標準入力: 自分のパスワード、次に初期パスワード）</source>
            <translation>create a user (stdin: your password, then the initial password)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="20" />
            <source>表示名</source>
            <translation>display name</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="24" />
            <source>ユーザーの一覧</source>
            <translation>list users</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="25" />
            <source>削除したユーザーも含める</source>
            <translation>include deleted users</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="28" />
            <source>ユーザーを無効にする</source>
            <translation>disable a user</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="29" />
            <source>ユーザーを有効に戻す</source>
            <translation>enable a user</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="30" />
            <source>ユーザーを削除する（鍵スロットを消し、鍵を掛け替える）</source>
            <translation>delete a user (removes their key slot and re-keys the vault)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="31" />
            <source>ログインの失敗が続いてかかったロックを解除する</source>
            <translation>release a lockout after repeated failed logins</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="36" />
            <source>自分のパスワードを変更する（標準入力: 現在、新しい）か、他の人のものを再設定する（標準入力: 自分のパスワード、新しい初期パスワード）</source>
            <translation>change your password (stdin: current, new) or reset another's (stdin: your password, new initial)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="121" />
            <source>新しい初期パスワード</source>
            <translation>New initial password</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="56" />
            <source>ユーザー {id}（{role}）を作成しました。初回ログイン時にパスワードの変更が必要です。</source>
            <translation>Created user {id} ({role}). The password must be changed at the first login.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="93" />
            <source>ユーザー {id} を無効にしました。</source>
            <translation>Disabled user {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="99" />
            <source>ユーザー {id} を有効にしました。</source>
            <translation>Enabled user {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="105" />
            <source>ユーザー {id} を削除し、台帳の鍵を更新しました。</source>
            <translation>Deleted user {id} and renewed the vault's key.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="111" />
            <source>ユーザー {id} のロックを解除しました。</source>
            <translation>Released the lockout of user {id}.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_user.py" line="123" />
            <source>ユーザー {id} のパスワードを再設定しました。次回ログイン時に変更が必要です。</source>
            <translation>Reset the password of user {id}. It must be changed at the next login.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="15" />
            <source>台帳ファイル: 横に残る退避コピー</source>
            <translation>the vault file: rollback copies kept beside it</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="18" />
            <source>スキーマ更新前・復元前の退避コピー</source>
            <translation>pre-migration and before-restore copies</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="22" />
            <source>退避コピーの一覧（日時・サイズ・理由・キーが残るユーザー）</source>
            <translation>list the copies (date, size, why, users whose key they still hold)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="26" />
            <source>退避コピーを削除する（管理者、監査ログに記録）</source>
            <translation>delete copies (administrators; audited)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="27" />
            <source>一覧に表示された退避コピーのファイル名</source>
            <translation>copy file names as listed</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="34" />
            <source>DAYS 日以上前の退避コピーだけ</source>
            <translation>only copies at least DAYS days old</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="35" />
            <source>USER のキースロットが残る退避コピーだけ</source>
            <translation>only copies that still hold USER's key slot</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="65" />
            <source>削除する退避コピーの名前か、--older-than / --holding を指定してください。</source>
            <translation>Give the names of the rollback copies to delete, or --older-than / --holding.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="75" />
            <source>該当する退避コピーはありません。</source>
            <translation>No rollback copies match.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_vault.py" line="73" />
            <source>削除しました: {name}</source>
            <translation>Deleted: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/cmd_verify.py" line="13" />
            <source>暗号化ページ、データベースの整合性、監査ログの連鎖を検査する</source>
            <translation>check encryption pages, database integrity and the audit chain</translation>
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
            <location filename="../../desktop/cli/main.py" line="66" />
            <source>引数</source>
            <translation>positional arguments</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="67" />
            <source>オプション</source>
            <translation>options</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="71" />
            <source>このヘルプを表示して終了する</source>
            <translation>show this help message and exit</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="102" />
            <source>委託セキュリティ台帳 — コマンドライン</source>
            <translation>委託セキュリティ台帳 — command line</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="105" />
            <source>台帳ファイル（省略時: GUI と同じ。環境変数 DAICHO_VAULT）</source>
            <translation>vault file (default: the GUI's; env DAICHO_VAULT)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="106" />
            <source>操作するユーザーのID</source>
            <translation>acting user ID</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="108" />
            <source>操作するユーザーのパスワードを標準入力の1行目から読む</source>
            <translation>read the acting user's password from the first line of stdin</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="73" />
            <source>バージョンを表示して終了する</source>
            <translation>show program's version number and exit</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="209" />
            <source>中断しました。</source>
            <translation>Interrupted.</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="216" />
            <source>（不明な場所）</source>
            <translation>(unknown location)</translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="49" />
            <source>使い方: </source>
            <translation>usage: </translation>
        </message>
        <message>
            <location filename="../../desktop/cli/main.py" line="222" />
            <source>予期しないエラーが発生しました（{kind}）。同じ操作で繰り返し起きる場合は管理者に連絡してください。</source>
            <translation>An unexpected error occurred ({kind}). If the same operation keeps failing, contact your administrator.</translation>
        </message>
        <message>
            <source>契約名・所管課</source>
            <translation type="obsolete">contract name and department in charge</translation>
        </message>
        <message>
            <source>作成するフォルダー（--zip では ZIP ファイル）</source>
            <translation type="obsolete">folder to create (or ZIP file with --zip)</translation>
        </message>
        <message>
            <source>台帳を CSV または Excel ブックに書き出す</source>
            <translation type="obsolete">export a register to CSV or an Excel workbook</translation>
        </message>
        <message>
            <source>書き出すファイル（- で標準出力、CSV のみ）</source>
            <translation type="obsolete">the file to write (- for standard output, CSV only)</translation>
        </message>
        <message>
            <source>既定: ファイル名（.xlsx）から判断、それ以外は csv</source>
            <translation type="obsolete">default: from the file name (.xlsx), else csv</translation>
        </message>
        <message>
            <source>書き出す .xlsx ファイル</source>
            <translation type="obsolete">the .xlsx file to write</translation>
        </message>
        <message>
            <source>CSV・Excel の行を台帳に取り込む</source>
            <translation type="obsolete">import CSV rows into a register</translation>
        </message>
        <message>
            <source>作り直したPDFをここにも書き出す</source>
            <translation type="obsolete">also write the re-generated PDF here</translation>
        </message>
        <message>
            <source>レコードID（事故、手順書、機器）</source>
            <translation type="obsolete">record ID (incident, runbook, equipment)</translation>
        </message>
    </context>
    <context>
        <name>Calendar</name>
        <message>
            <location filename="../../desktop/calendar.py" line="159" />
            <source>今日</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="161" />
            <source>昨日</source>
            <translation>yesterday</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="162" />
            <source>{n} 日前</source>
            <translation>{n} days ago</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="183" />
            <source>{era}は{era}{last}年{month}月{day}日（{end}）までです。</source>
            <translation>The {era} era ended on {era} {last}, month {month}, day {day} ({end}).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="219" />
            <source>明治6年（1873年）1月1日より前の日付は扱えません（太陽暦の採用前）。</source>
            <translation>Dates before Meiji 6 (1873) January 1 cannot be used (before Japan adopted the Gregorian calendar).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="203" />
            <source>{era}{year}年という年はありません（最初の年は{era}元年です）。</source>
            <translation>There is no year {era} {year} (the first year is {era} 1, 元年).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="214" />
            <source>{era}は{era}元年{month}月{day}日（{start}）からです。</source>
            <translation>The {era} era began on {era} 1, month {month}, day {day} ({start}).</translation>
        </message>
        <message>
            <location filename="../../desktop/calendar.py" line="211" />
            <source>{era}{year}年{month}月{day}日という日はありません。</source>
            <translation>There is no such day: {era} {year}, month {month}, day {day}.</translation>
        </message>
    </context>
    <context>
        <name>Compliance</name>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="87" />
            <source>外部記憶媒体の管理</source>
            <translation>External storage media</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="88" />
            <source>情報の持出し</source>
            <translation>Taking information out</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="89" />
            <source>情報機器の管理</source>
            <translation>Equipment management</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="90" />
            <source>情報機器の保守</source>
            <translation>Equipment maintenance</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="91" />
            <source>機器の廃棄・リース返却</source>
            <translation>Disposal and lease return</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="92" />
            <source>持込機器</source>
            <translation>Brought-in devices</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="93" />
            <source>委託業者の義務</source>
            <translation>Contractor's duties</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="94" />
            <source>設計・開発</source>
            <translation>Design and development</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="95" />
            <source>アクセス制限</source>
            <translation>Access restriction</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="96" />
            <source>外部とのデータ交換</source>
            <translation>Data exchange</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="97" />
            <source>ウイルス対策</source>
            <translation>Malware protection</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="98" />
            <source>ソフトウェア管理</source>
            <translation>Software management</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="99" />
            <source>ネットワーク管理</source>
            <translation>Network management</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="100" />
            <source>外部接続の管理</source>
            <translation>External connections</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="101" />
            <source>運用手順</source>
            <translation>Operations procedures</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="102" />
            <source>複製・送信の制限</source>
            <translation>Copying and sending</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="103" />
            <source>システムの安全確保</source>
            <translation>System safety</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="104" />
            <source>事故への対応</source>
            <translation>Incident response</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="105" />
            <source>セキュリティ監査</source>
            <translation>Security audits</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="106" />
            <source>その他の対策</source>
            <translation>Other measures</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="112" />
            <source>県の情報は許可なく外部媒体に保存しない</source>
            <translation>No prefecture data on external media without permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="114" />
            <source>重要情報の媒体を使う人をあらかじめ限る</source>
            <translation>Limit in advance who uses media with important data</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="116" />
            <source>媒体の複写・送付・持出し・廃棄は手順を決めて県の許可を得る</source>
            <translation>Copy, send, take out or dispose of media only by a set procedure and with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="118" />
            <source>媒体はパスワード等で保護し、施錠保管する</source>
            <translation>Protect media (password etc.) and keep them locked</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="120" />
            <source>媒体の送付は親展・手渡し・暗号化などで守る</source>
            <translation>Send media sealed, by hand or encrypted</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="122" />
            <source>媒体を運送するときは責任範囲と手順を県に報告する</source>
            <translation>Report the transport procedure and responsibilities to the prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="124" />
            <source>媒体の廃棄は県の立会いで消去または破壊する</source>
            <translation>Dispose of media with the prefecture's witness: erase or destroy</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="126" />
            <source>用途を変えて再利用する媒体は県の立会いで消去する</source>
            <translation>Erase media with the prefecture's witness before reuse for another purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="128" />
            <source>媒体を放置しない</source>
            <translation>Never leave media unattended</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="130" />
            <source>媒体で県に渡す前に最新の定義でウイルス検査する</source>
            <translation>Scan media with current patterns before handing data to the prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="133" />
            <source>業務上の必要で情報を持ち出すときは県の許可を得る</source>
            <translation>Take information out only with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="136" />
            <source>県の情報を持つ機器の所在を定期的に確かめる</source>
            <translation>Check periodically that equipment exists</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="138" />
            <source>機器の持出しは県の許可を得る</source>
            <translation>Take equipment out only with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="140" />
            <source>管理体制と責任範囲を県に出す</source>
            <translation>Submit the management structure and responsibilities</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="142" />
            <source>機器は施錠できる部屋やラックで物理的に守る</source>
            <translation>Protect equipment physically (locked room or rack)</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="144" />
            <source>障害時の連絡先を前もって関係者に知らせる</source>
            <translation>Make failure contacts known in advance</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="146" />
            <source>設定を変えるときは県の許可を得る</source>
            <translation>Change settings only with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="149" />
            <source>重要情報を扱う機器の保守作業を記録し保管する</source>
            <translation>Record and keep maintenance work on important equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="151" />
            <source>廃棄・返却する機器の情報を消去または破壊する</source>
            <translation>Erase or destroy data on disposed or returned equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="153" />
            <source>廃棄・返却する機器から県のソフトを削除する</source>
            <translation>Uninstall prefecture software before disposal or return</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="155" />
            <source>廃棄・リース返却を記録し保管する</source>
            <translation>Record and keep disposals and lease returns</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="157" />
            <source>持込機器をつなぐ前に県の許可を得る</source>
            <translation>Connect brought-in devices only with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="159" />
            <source>持込機器のウイルス対策・パッチ等を確かめる</source>
            <translation>Confirm malware protection and patches on brought-in devices</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="161" />
            <source>私物の機器は使わない</source>
            <translation>No personal devices</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="163" />
            <source>管理体制を明らかにして県に示す</source>
            <translation>Make the management structure clear to the prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="165" />
            <source>名札または身分証を着ける</source>
            <translation>Wear name badges</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="168" />
            <source>本番データをテストに使わない（やむを得ないときは許可と保護）</source>
            <translation>No production data as test data (unless permitted and protected)</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="170" />
            <source>開発・運用の媒体と資料を施錠保管する</source>
            <translation>Keep development media and documents locked</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="172" />
            <source>テスト計画を作りセキュリティ機能の動作を確かめる</source>
            <translation>Plan tests and confirm the security functions work</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="174" />
            <source>導入で既存システムに影響がないことを確かめる</source>
            <translation>Confirm no impact on existing systems</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="176" />
            <source>利用者を個別のIDで識別できる</source>
            <translation>Individual user IDs</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="178" />
            <source>入力したパスワードを画面に出さない</source>
            <translation>Passwords masked on screen</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="180" />
            <source>管理者がIDとパスワードを設定・削除できる</source>
            <translation>Administrator sets and deletes IDs and passwords</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="182" />
            <source>利用者が自分でパスワードを変えられる</source>
            <translation>Users change their own password</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="184" />
            <source>認証の履歴を集めて保管できる</source>
            <translation>Authentication history kept</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="186" />
            <source>重要情報の送信を暗号化などで守る</source>
            <translation>Important data encrypted in transit</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="188" />
            <source>重要情報を内容に応じて暗号化する</source>
            <translation>Important data encrypted as needed</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="190" />
            <source>重要情報を扱う端末を限定する</source>
            <translation>Terminals restricted</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="193" />
            <source>登録・変更・削除の手順を含む運用手順を守る</source>
            <translation>Follow the procedures for registering, changing and deleting users</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="195" />
            <source>重要システムのIDは一人ずつ割り当てる</source>
            <translation>One ID per person on important systems</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="197" />
            <source>管理者が認めた人だけを登録する</source>
            <translation>Register only users the administrator approved</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="199" />
            <source>不要になったIDはすぐ削除する</source>
            <translation>Delete unneeded IDs promptly</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="201" />
            <source>利用者の登録状況を定期的に確かめる</source>
            <translation>Review user registrations periodically</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="203" />
            <source>管理者の接続履歴を定期的に調べる</source>
            <translation>Inspect administrators' connection history periodically</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="205" />
            <source>発行したIDには必ずパスワードを設定する</source>
            <translation>Every ID has a password</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="207" />
            <source>推測しにくいパスワードにさせる</source>
            <translation>Passwords hard to guess</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="209" />
            <source>パスワードを定期的に変えさせる</source>
            <translation>Passwords changed periodically</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="211" />
            <source>アクセスできる人を必要最小限にする</source>
            <translation>Least privilege</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="213" />
            <source>権限のない者は重要情報にアクセスしない</source>
            <translation>No access to important data without rights</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="216" />
            <source>権限があっても業務外の目的でアクセスしない</source>
            <translation>No access for purposes outside the work</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="220" />
            <source>決めた回線・方法でデータを交換する</source>
            <translation>Exchange data by the agreed line and method</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="222" />
            <source>決められた保存領域だけを使う</source>
            <translation>Use only the designated storage area</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="224" />
            <source>交換後は保存領域からデータを消す</source>
            <translation>Delete data from the area after the exchange</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="226" />
            <source>交換後にサイズや内容を元と照らし合わせる</source>
            <translation>Verify size or content against the original</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="228" />
            <source>接続する前に交換日程を決める</source>
            <translation>Schedule before connecting</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="230" />
            <source>相手・日時・方法・内容を記録する</source>
            <translation>Record counterpart, time, method and content</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="232" />
            <source>重要情報を外部に渡すときは県の了解を得る</source>
            <translation>Prefecture's consent before giving data to others</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="235" />
            <source>ウイルスの予防と検出の対策をとる</source>
            <translation>Prevent and detect malware</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="237" />
            <source>インターネットにつながる機器に対策ソフトを入れる</source>
            <translation>Malware protection on internet-facing devices</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="239" />
            <source>定義ファイルを最新に保つ</source>
            <translation>Keep patterns current</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="241" />
            <source>最新の定義で定期的に検査する</source>
            <translation>Scan periodically with current patterns</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="243" />
            <source>必要なパッチを当てる</source>
            <translation>Apply needed patches</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="246" />
            <source>ライセンスを守り海賊版を使わない</source>
            <translation>Licensed software only</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="248" />
            <source>ファイル共有ソフトや不要なソフトを使わない</source>
            <translation>No file-sharing or unneeded software</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="251" />
            <source>ネットワーク構成図を作る</source>
            <translation>Network diagram</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="253" />
            <source>ネットワークの運用管理方法を文書にする</source>
            <translation>Network operation procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="255" />
            <source>ネットワーク接続基準を文書にする</source>
            <translation>Network connection criteria</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="257" />
            <source>ネットワーク障害時の対応を文書にする</source>
            <translation>Network failure response</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="259" />
            <source>管理資料の不備や変更を直す</source>
            <translation>Keep the network documents current</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="261" />
            <source>重要な回線・機器を必要に応じて二重化する</source>
            <translation>Redundancy where needed</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="263" />
            <source>外部機関の網とは接続仕様どおりに対策する</source>
            <translation>Follow the connection specification of external networks</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="265" />
            <source>外部網からの接続はファイアウォールで守る</source>
            <translation>Firewall for connections from outside</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="267" />
            <source>外部経由の接続は必要に応じて利用者を認証する</source>
            <translation>Authenticate users connecting from outside</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="269" />
            <source>インターネット利用の手順を作る</source>
            <translation>Internet use procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="271" />
            <source>メールの送受信の履歴を取る</source>
            <translation>Mail logs with sender and recipient</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="273" />
            <source>ファイアウォール等で通すポート・方向・理由を定める</source>
            <translation>Ports, direction and reason defined</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="275" />
            <source>ファイアウォール等で通信元と通信先を定める</source>
            <translation>Source and destination defined</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="277" />
            <source>通すポートは最小限にする</source>
            <translation>Minimal open ports</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="279" />
            <source>ファイアウォールの不正アクセス履歴を記録する</source>
            <translation>Firewall intrusion logs</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="281" />
            <source>ファイアウォールの設定を外部に出さない</source>
            <translation>Firewall settings never published</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="284" />
            <source>外部接続の利用者の管理担当を決めて管理する</source>
            <translation>Named manager for external-connection users</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="286" />
            <source>外部接続の利用者を限る</source>
            <translation>Limit external-connection users</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="288" />
            <source>専用線でなければコールバック等で認証する</source>
            <translation>Callback or caller ID when not a dedicated line</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="290" />
            <source>外部接続の履歴を取り不正の兆しを探す</source>
            <translation>Connection logs checked for intrusion</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="292" />
            <source>認証情報をなくしたときの再発行手順を作る</source>
            <translation>Procedure: reissue of lost credentials</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="294" />
            <source>利用時の注意点を手順にまとめる</source>
            <translation>Procedure: security points for users</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="296" />
            <source>電話番号の管理を手順にまとめる</source>
            <translation>Procedure: managing phone numbers</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="298" />
            <source>異動・退職で不要になったIDはすぐ削除する</source>
            <translation>Delete IDs on transfer or retirement</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="301" />
            <source>運用手順: 運用スケジュール</source>
            <translation>Procedure: operations schedule</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="303" />
            <source>運用手順: 他システムとの接続</source>
            <translation>Procedure: connections to other systems</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="305" />
            <source>運用手順: ソフトウェアの利用制限</source>
            <translation>Procedure: software restrictions</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="307" />
            <source>運用手順: 重要データのバックアップ</source>
            <translation>Procedure: backups of important data</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="309" />
            <source>運用手順: 接続履歴の記録</source>
            <translation>Procedure: recording connection logs</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="311" />
            <source>運用手順: 異常を見つけたときの対処</source>
            <translation>Procedure: handling anomalies</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="313" />
            <source>不要な機能を止め不要なソフトを消す</source>
            <translation>Disable unneeded features and software</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="315" />
            <source>変更のあとで正常に動くか確かめる</source>
            <translation>Confirm normal operation after a change</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="317" />
            <source>変更の操作と設定値の変更を記録し保管する</source>
            <translation>Record operations and setting changes</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="319" />
            <source>運用が変わるときは教育計画を作り教育する</source>
            <translation>Training plan and training when operations change</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="321" />
            <source>担当交代では引継資料を作り引き継ぐ</source>
            <translation>Handover documents when staff change</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="323" />
            <source>事故時の連絡体制と責任を明らかにする</source>
            <translation>Incident contacts and responsibilities</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="325" />
            <source>重要情報の媒体・経路・保管を必要に応じて点検する</source>
            <translation>Inspect media, paths and storage as needed</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="327" />
            <source>重要情報の誤りを見つけたら県に知らせる</source>
            <translation>Report errors found in important data</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="330" />
            <source>重要情報の複製は県の許可を得る</source>
            <translation>Copy important data only with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="332" />
            <source>重要情報の送信は県の許可を得る</source>
            <translation>Send important data only with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="334" />
            <source>その他の管理に障る行為は県の許可を得る</source>
            <translation>Other risky acts only with permission</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="337" />
            <source>重要情報へのアクセスを記録・保存し分析する</source>
            <translation>Record, keep and analyse access</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="339" />
            <source>アクセス記録の改ざん・消去を防ぐ</source>
            <translation>Protect access records from tampering</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="341" />
            <source>入力を原票や既存情報と照らし合わせる</source>
            <translation>Verify input against the source</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="343" />
            <source>端末から離れるときはログオフする</source>
            <translation>Log off terminals</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="345" />
            <source>重要情報の改ざん・漏えい・消去を防ぐ</source>
            <translation>Protect important data</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="348" />
            <source>事故でシステムに影響があればすぐ県に知らせ回復する</source>
            <translation>Report incidents promptly and recover</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="350" />
            <source>事故対応手順: 原因の調べ方</source>
            <translation>Runbook: cause investigation</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="352" />
            <source>事故対応手順: 履歴と証拠の集め方・保管</source>
            <translation>Runbook: logs and evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="354" />
            <source>事故対応手順: システムの回復</source>
            <translation>Runbook: system recovery</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="356" />
            <source>事故対応手順書を必要に応じて見直す</source>
            <translation>Review the runbooks</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="358" />
            <source>回復後に動作を確かめ、原因・回復・再発防止を報告する</source>
            <translation>After recovery: confirm operation and report cause, recovery and prevention</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="361" />
            <source>セキュリティ監査に協力する</source>
            <translation>Cooperate with security audits</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="363" />
            <source>業務に応じた対策をほかにも行う</source>
            <translation>Other measures suited to the work</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="41" />
            <source>第{n}</source>
            <translation>Art. {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/catalog.py" line="377" />
            <source>条項「{id}」はありません（例: A12-3、A10-5-ku）。</source>
            <translation>There is no clause "{id}" (e.g. A12-3, A10-5-ku).</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/duties.py" line="52" />
            <source>バックアップ</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/duties.py" line="52" />
            <source>暗号化バックアップを作成する</source>
            <translation>Make an encrypted backup</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/duties.py" line="64" />
            <source>責任者の確認の有効期限</source>
            <translation>The officer's confirmation expires</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/duties.py" line="59" />
            <source>パスワードの有効期限</source>
            <translation>Password expiry</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/duties.py" line="59" />
            <source>自分のパスワードを変更する</source>
            <translation>Change your own password</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/duties.py" line="64" />
            <source>条項 {id} の確認</source>
            <translation>Confirmation of clause {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/items.py" line="251" />
            <source>確認が必要な記録が{n}件を超えています。ここには{n}件の結果を表示しています。ほかの記録は台帳の一覧で確認してください。</source>
            <translation>More than {n} records need checking. The results for {n} of them are shown here; see the register's list for the others.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="74" />
            <source>対象外とする理由</source>
            <translation>Reason it does not apply</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="92" />
            <source>確認の内容</source>
            <translation>What was confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="47" />
            <source>条項の対象外設定と確認は、責任者か管理者だけが行えます。</source>
            <translation>Only the officer or an administrator can mark clauses as not applicable or confirm them.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="51" />
            <source>{what}を入力してください。</source>
            <translation>Enter {what}.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="53" />
            <source>{what}は{n}文字以内にしてください。</source>
            <translation>{what} must be {n} characters or fewer.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="83" />
            <source>条項「{id}」は対象外になっていません。</source>
            <translation>Clause {id} is not marked as not applicable.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/package.py" line="69" />
            <source>証跡パッケージは、責任者か管理者だけが書き出せます。</source>
            <translation>Only an officer or an administrator can write the evidence package.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/package.py" line="72" />
            <source>期間の開始日は終了日以前にしてください。</source>
            <translation>The start of the period must not be after its end.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/package.py" line="75" />
            <source>書き出し先がすでにあります: {path}</source>
            <translation>The destination already exists: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="43" />
            <source>充足</source>
            <translation>Met</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="44" />
            <source>要対応</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="45" />
            <source>期限超過</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="46" />
            <source>記録なし</source>
            <translation>No record</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="47" />
            <source>手動確認</source>
            <translation>Manual confirmation</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="48" />
            <source>対象外</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="118" />
            <source>記録がありません。</source>
            <translation>No records.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="102" />
            <source>{label} {n}件</source>
            <translation>{label}: {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="115" />
            <source>記録では判定できません。責任者の確認が必要です。</source>
            <translation>The records cannot tell; the officer must confirm it.</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="100" />
            <source>対象外: {reason}</source>
            <translation>Not applicable: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="104" />
            <source>（最新 {date}）</source>
            <translation> (latest {date})</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="107" />
            <source>提出 {number}（{date}）</source>
            <translation>Submitted {number} ({date})</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="110" />
            <source>要対応 {n}件（うち期限超過 {m}件）</source>
            <translation>{n} need attention ({m} overdue)</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/status.py" line="112" />
            <source>確認 {date} {user}: {note}</source>
            <translation>Confirmed {date} by {user}: {note}</translation>
        </message>
    </context>
    <context>
        <name>ComplianceView</name>
        <message>
            <location filename="../../ui/compliance/section.py" line="67" />
            <source>集計しています…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="71" />
            <source>すべての状況</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="76" />
            <source>すべての条</source>
            <translation>All articles</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="80" />
            <source>条項番号や言葉で絞り込み</source>
            <translation>Filter by clause number or words</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="105" />
            <source>対象外にする…</source>
            <translation>Mark not applicable…</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="107" />
            <source>対象外を取り消す</source>
            <translation>Undo not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="109" />
            <source>確認を記録…</source>
            <translation>Record a confirmation…</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="111" />
            <source>自己点検報告書…</source>
            <translation>Self-assessment report…</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="113" />
            <source>証跡パッケージを書き出す…</source>
            <translation>Write evidence package…</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="136" />
            <source>条項別の遵守状況</source>
            <translation>Compliance by clause</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="280" />
            <source>対象外にする</source>
            <translation>Mark not applicable</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="299" />
            <source>確認を記録</source>
            <translation>Record a confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="321" />
            <source>証跡パッケージの保存先</source>
            <translation>Save the evidence package as</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="322" />
            <source>ZIP ファイル (*.zip)</source>
            <translation>ZIP files (*.zip)</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="360" />
            <source>選んだ日</source>
            <translation>Selected day</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="361" />
            <source>今後30日（期限超過を含む）</source>
            <translation>Next 30 days (with overdue)</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="362" />
            <source>今後90日（期限超過を含む）</source>
            <translation>Next 90 days (with overdue)</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="380" />
            <location filename="../../ui/compliance/section.py" line="482" />
            <source>期限カレンダー</source>
            <translation>Duty calendar</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="440" />
            <source>バックアップ</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="440" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="441" />
            <source>手動確認</source>
            <translation>Manual confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="481" />
            <source>遵守状況</source>
            <translation>Compliance</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="86" />
            <location filename="../../ui/compliance/section.py" line="367" />
            <source>条項</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="86" />
            <location filename="../../ui/compliance/section.py" line="368" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="86" />
            <source>状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="86" />
            <location filename="../../ui/compliance/section.py" line="367" />
            <location filename="../../ui/compliance/section.py" line="231" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="87" />
            <source>根拠</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="222" />
            <source>条項を選ぶと、根拠と対応する台帳・提出書類が表示されます。</source>
            <translation>Select a clause to see its evidence and the registers and forms that serve it.</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="315" />
            <source>証跡パッケージ</source>
            <translation>Evidence package</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="315" />
            <source>自己点検報告書、期間内の提出書類、各台帳のCSV、監査ログの抜粋を1つのZIPファイルに書き出します。これらのファイルは暗号化されずに台帳の外へ出ます。保存先の管理に注意してください。書き出しは監査ログに記録されます。</source>
            <translation>Writes the self-assessment, the submittals of the period, every register as CSV and an extract of the audit trail into one ZIP file. These files leave the vault UNENCRYPTED: take care where you keep them. The export is recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="367" />
            <source>種類</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="367" />
            <source>対象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="388" />
            <source>色の付いた日に期限があります（赤: 期限超過を含む）。</source>
            <translation>Coloured days have duties (red: something overdue).</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="280" />
            <source>条項 {id} が契約の対象外である理由を入力してください。理由は監査ログと自己点検報告書に残ります。</source>
            <translation>Why does clause {id} not apply to the contract? The reason goes into the audit trail and the self-assessment.</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="299" />
            <source>条項 {id} について確認した内容を入力してください（例: 巡回で施錠保管を確認）。</source>
            <translation>What did you confirm about clause {id}? (e.g. locked storage checked on a round)</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="318" />
            <source>書き出す</source>
            <translation>Write</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="335" />
            <source>証跡パッケージを書き出しました（{n}ファイル）。
{path}</source>
            <translation>Evidence package written ({n} files).
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="174" />
            <source>集計できませんでした: {reason}</source>
            <translation>Could not compute: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="238" />
            <source>対応する台帳</source>
            <translation>Registers serving it</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="246" />
            <source>この条項は記録では判定できません。定期的に確認を記録してください。</source>
            <translation>The records cannot decide this clause: record a confirmation periodically.</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/section.py" line="243" />
            <source>対応する提出書類</source>
            <translation>Forms serving it</translation>
        </message>
    </context>
    <context>
        <name>Confidential</name>
        <message>
            <location filename="../../ui/registers/confidential.py" line="95" />
            <source>取扱注意の台帳の書き出し</source>
            <translation>Export a confidential register</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="95" />
            <source>書き出す理由（監査記録に残ります）</source>
            <translation>Reason for the export (kept in the audit trail)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="99" />
            <source>CSVとして書き出し</source>
            <translation>Export as CSV</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="99" />
            <source>CSV ファイル (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="55" />
            <source>理由を入力して表示…</source>
            <translation>Enter a reason and show…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="72" />
            <source>取扱注意の台帳を表示</source>
            <translation>Show a confidential register</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="73" />
            <source>表示する理由（例: 監査の指摘への対応でルールを確認するため）</source>
            <translation>Reason for showing it (e.g. checking the rules to answer an audit finding)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="90" />
            <source>取扱注意の台帳は CSV でだけ書き出せます（管理者が理由を入力した場合）。</source>
            <translation>A confidential register can only be exported as CSV (by an administrator who gives a reason).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="93" />
            <source>取扱注意の台帳の書き出しは、管理者がその都度理由を入力して許可した場合だけできます。</source>
            <translation>A confidential register can only be exported when an administrator allows each export with a reason.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="59" />
            <source>この台帳の内容は外部に公開しない情報です。表示するには理由を入力してください。理由と表示した人は監査記録に残ります。</source>
            <translation>This register holds information that must never be published. Enter a reason to show it; the reason and who showed it are kept in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="63" />
            <source>この台帳は取扱注意です。閲覧者の権限では表示できません。</source>
            <translation>This register is confidential. The viewer role cannot show it.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="107" />
            <source>{n}件を書き出しました: {path}</source>
            <translation>Exported {n} records: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/confidential.py" line="47" />
            <source>{label}（取扱注意）</source>
            <translation>{label} (confidential)</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../ui/compliance/charts.py" line="144" />
            <source>今後90日の期限（週ごと）</source>
            <translation>Duties in the next 90 days (by week)</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/charts.py" line="53" />
            <source>集計しています…</source>
            <translation>Computing…</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/charts.py" line="138" />
            <source>超過</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/charts.py" line="113" />
            <source>期限超過 {n}件。以降は今日から1週間ごとの件数です。</source>
            <translation>{n} overdue; then the count per week from today.</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/charts.py" line="39" />
            <source>第{n}: {parts}</source>
            <translation>Art. {n}: {parts}</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/notify.py" line="47" />
            <source>委託セキュリティ台帳</source>
            <translation>Itaku Daicho</translation>
        </message>
        <message>
            <location filename="../../ui/compliance/notify.py" line="38" />
            <source>新たに期限を過ぎた項目が {n}件あります。</source>
            <translation>{n} more item(s) became overdue.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="102" />
            <source>確認しています…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="109" />
            <source>条項ごとの状況</source>
            <translation>Clauses by status</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="113" />
            <source>条項別の状況を開く</source>
            <translation>Open compliance by clause</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="135" />
            <source>要対応の一覧を開く</source>
            <translation>Open the action list</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="138" />
            <source>期限カレンダーを開く</source>
            <translation>Open the duty calendar</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="141" />
            <source>期限超過・期限間近</source>
            <translation>Overdue and due soon</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="153" />
            <source>条ごとの状況と今後の期限</source>
            <translation>Status by article and coming duties</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="161" />
            <source>バックアップを開く</source>
            <translation>Open backup</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="164" />
            <source>バックアップ</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="224" />
            <source>今回が初めてのログインです。</source>
            <translation>This is your first login.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="120" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="120" />
            <source>台帳</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="120" />
            <source>対象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="121" />
            <source>条項</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="121" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="146" />
            <source>行をクリックすると、その記録を開きます。</source>
            <translation>Click a row to open its record.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="217" />
            <source>{name} さん、こんにちは。</source>
            <translation>Hello, {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="223" />
            <source>前回のログイン: {when}</source>
            <translation>Last login: {when}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="272" />
            <source>期限超過 {o}件、期限間近（{d}日以内） {s}件、その他の要対応 {a}件</source>
            <translation>{o} overdue, {s} due within {d} days, {a} other items to act on</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="229" />
            <source>パスワードの有効期限まであと {n} 日</source>
            <translation>Password expires in {n} days</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="233" />
            <source>前回のログイン以降、あなたのIDでログインに {n} 回失敗しています。心当たりがなければ管理者に知らせてください。</source>
            <translation>{n} failed login(s) with your ID since your last login. If that was not you, tell the administrator.</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="263" />
            <source>集計できませんでした: {reason}</source>
            <translation>Could not compute: {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/dashboard.py" line="284" />
            <source>前回のログイン以降に期限を迎えたものが {n}件あります。</source>
            <translation>{n} item(s) fell due since your last login.</translation>
        </message>
        <message>
            <source>行をダブルクリックすると、その記録を開きます。</source>
            <translation type="obsolete">Double-click a row to open its record.</translation>
        </message>
    </context>
    <context>
        <name>DateInput</name>
        <message>
            <location filename="../../ui/registers/dates.py" line="88" />
            <source>例: R8.4.1</source>
            <translation>e.g. 2026-04-01</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="89" />
            <source>令和8年4月1日・R8.4.1・2026/4/1 のどれでも入力できます（全角数字も可）。8/4/1 のように年を短く書くときは、左で元号を選びます。</source>
            <translation>Type 2026-04-01 or 2026/4/1 (the Japanese era forms R8.4.1 and 令和8年4月1日 work too, as do full-width digits).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="92" />
            <source>日付</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="97" />
            <source>年を2桁以下で入力したとき（8/4/1 など）の元号</source>
            <translation>Era for a short year (8/4/1)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="98" />
            <source>元号</source>
            <translation>Era</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="108" />
            <location filename="../../ui/registers/dates.py" line="109" />
            <source>カレンダーから選ぶ</source>
            <translation>Choose from the calendar</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="122" />
            <location filename="../../ui/registers/dates.py" line="123" />
            <source>日付を消す</source>
            <translation>Clear the date</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="317" />
            <source>例: R8.4.1 13:30</source>
            <translation>e.g. 2026-04-01 13:30</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="100" />
            <source>西暦</source>
            <translation>Western</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dates.py" line="231" />
            <source>（未入力）</source>
            <translation>(empty)</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="61" />
            <source>例: 令和8年4月1日、R8.4.1、2026/4/1</source>
            <translation>e.g. 2026-04-01, 2026/4/1, R8.4.1</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="115" />
            <source>時刻も入力してください（例: 令和8年4月1日 13:30）。</source>
            <translation>Please enter the time as well (e.g. 2026-04-01 13:30).</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="119" />
            <source>{h}時{m}分という時刻はありません。</source>
            <translation>There is no such time as {h}:{m}.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="82" />
            <source>年が{year}と短いため読めません。西暦4桁で入力するか、元号を選んでください。</source>
            <translation>The year {year} is too short to read. Enter a four-digit year.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="100" />
            <source>日付として読めません（{examples}）。</source>
            <translation>This is not a date ({examples}).</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/dates.py" line="96" />
            <source>{y}年{m}月{d}日という日はありません。</source>
            <translation>There is no such day as {y}-{m}-{d}.</translation>
        </message>
    </context>
    <context>
        <name>DueList</name>
        <message>
            <location filename="../../ui/registers/due_list.py" line="185" />
            <source>要対応</source>
            <translation>Action needed</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="53" />
            <source>期限・要対応</source>
            <translation>Due dates and actions</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="60" />
            <source>更新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="64" />
            <source>すべての台帳</source>
            <translation>All registers</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="96" />
            <source>行をダブルクリックすると、その記録を開きます。</source>
            <translation>Double-click a row to open that record.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="107" />
            <source>確認しています…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="122" />
            <source>すべての条項</source>
            <translation>All clauses</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="80" />
            <source>台帳</source>
            <translation>Register</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="80" />
            <source>対象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="80" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="80" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="81" />
            <source>条項</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="161" />
            <source>対応が必要な項目はありません。</source>
            <translation>Nothing needs attention.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="159" />
            <source>{n}件（うち期限超過 {m}件）</source>
            <translation>{n} items ({m} overdue)</translation>
        </message>
    </context>
    <context>
        <name>EndpointChecks</name>
        <message>
            <location filename="../../desktop/registers/ext/endpoint_checks.py" line="43" />
            <source>この確認ではウイルスが検出されていないか、既に事故記録が作成されています。</source>
            <translation>This check found no infection, or an incident has already been recorded for it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/endpoint_checks.py" line="28" />
            <source>ウイルス検出（{asset}）</source>
            <translation>Malware found ({asset})</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/ext/endpoint_checks.py" line="33" />
            <source>ウイルス対策・パッチ適用状況の確認（{day}）で検出</source>
            <translation>Found at the anti-virus and patch check of {day}</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <location filename="../../ui/widgets/help.py" line="34" />
            <source>はじめに・目次</source>
            <translation>Introduction and contents</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="35" />
            <source>初めて使うとき</source>
            <translation>First run</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="36" />
            <source>毎日の作業</source>
            <translation>Daily work</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="37" />
            <source>台帳と条項</source>
            <translation>Registers and clauses</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="38" />
            <source>提出書類</source>
            <translation>Submittals</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="39" />
            <source>バックアップ・復元・新しいPC</source>
            <translation>Backup, restore, new PC</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="40" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="41" />
            <source>ロック・パスワードを忘れたとき</source>
            <translation>Locked out or forgotten password</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="42" />
            <source>管理者の作業</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="110" />
            <source>委託セキュリティ台帳 — ヘルプ</source>
            <translation>Itaku Daicho — Help</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="117" />
            <source>ヘルプの目次</source>
            <translation>Help contents</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="126" />
            <source>ヘルプの本文</source>
            <translation>Help text</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="129" />
            <source>印刷…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="132" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="170" />
            <source>マニュアルの印刷</source>
            <translation>Print the manual</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="84" />
            <source>条項: {clauses}</source>
            <translation>Clauses: {clauses}</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/help.py" line="97" />
            <source># マニュアルが見つかりません

ファイル {path} を読めませんでした。アプリを入れ直すか、管理者に連絡してください。</source>
            <translation># Manual not found

Could not read {path}. Reinstall the app or contact your administrator.</translation>
        </message>
    </context>
    <context>
        <name>Home</name>
        <message>
            <location filename="../../ui/dashboard.py" line="330" />
            <location filename="../../ui/home.py" line="171" />
            <source>ホーム</source>
            <translation>Home</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="49" />
            <source>ログイン情報</source>
            <translation>Login information</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="51" />
            <source>ユーザー</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="52" />
            <source>役割</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="53" />
            <source>前回のログイン</source>
            <translation>Previous login</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="54" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="55" />
            <source>台帳</source>
            <translation>Vault</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="57" />
            <source>事業者</source>
            <translation>Company</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="58" />
            <source>ファイル</source>
            <translation>File</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="59" />
            <source>端末の限定</source>
            <translation>Terminal binding</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="63" />
            <source>バックアップを開く</source>
            <translation>Open Backup</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="66" />
            <source>バックアップ</source>
            <translation>Backup</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="70" />
            <source>使える機能</source>
            <translation>Available functions</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="73" />
            <source>画面をロックするには Ctrl+L を押します。一定時間操作しないと自動的にロックされます。</source>
            <translation>Press Ctrl+L to lock the screen. The screen also locks automatically after a period without activity.</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="114" />
            <source>今回が初めてのログインです。</source>
            <translation>This is your first login.</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="126" />
            <source>（未設定。設定画面で入力できます）</source>
            <translation>(Not set. You can enter it in Settings.)</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="132" />
            <source>端末を限定していません（管理者の選択）。</source>
            <translation>Not restricted to registered terminals (administrator's choice).</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="109" />
            <source>{name} さん、こんにちは。</source>
            <translation>Hello, {name}.</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="119" />
            <source>最終変更 {date}</source>
            <translation>Last changed {date}</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="122" />
            <source>（有効期限まであと {n} 日）</source>
            <translation> ({n} days until it expires)</translation>
        </message>
        <message>
            <location filename="../../ui/home.py" line="129" />
            <source>登録済みの端末でだけ開けます（{n} 台登録）。</source>
            <translation>Opens only on registered terminals ({n} registered).</translation>
        </message>
    </context>
    <context>
        <name>Lock</name>
        <message>
            <location filename="../../ui/session/lock.py" line="48" />
            <location filename="../../ui/session/lock.py" line="185" />
            <location filename="../../ui/session/lock.py" line="204" />
            <source>ロック中</source>
            <translation>Locked</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="60" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="67" />
            <source>ロック解除</source>
            <translation>Unlock</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="70" />
            <source>ログアウト</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="157" />
            <source>ロック中です。手前に表示されている画面でパスワードを入力してください。</source>
            <translation>Locked. Enter your password in the window in front.</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="125" />
            <source>パスワードが違います。</source>
            <translation>Wrong password.</translation>
        </message>
        <message>
            <location filename="../../ui/session/lock.py" line="54" />
            <source>{name}（{id}）のパスワードを入力するとロックを解除します。</source>
            <translation>Enter the password of {name} ({id}) to unlock.</translation>
        </message>
    </context>
    <context>
        <name>Login</name>
        <message>
            <location filename="../../ui/session/login.py" line="48" />
            <source>ロックアウト中です。あと {m}分{s:02d}秒 でもう一度試せます。</source>
            <translation>Locked out. You can try again in {m} min {s:02d} s.</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="66" />
            <source>委託セキュリティ台帳 — ログイン</source>
            <translation>Itaku Daicho — Login</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="68" />
            <source>委託セキュリティ台帳</source>
            <translation>Itaku Daicho</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="76" />
            <source>ユーザーIDとパスワードを入力してください。</source>
            <translation>Enter your user ID and password.</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="95" />
            <location filename="../../ui/session/login.py" line="192" />
            <source>ログイン</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="98" />
            <source>リカバリーキーで開く（管理者）…</source>
            <translation>Open with the recovery key (administrator)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="106" />
            <source>別の台帳を開く…</source>
            <translation>Open another vault…</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="111" />
            <source>ユーザーID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="112" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="170" />
            <source>台帳ファイルを開く</source>
            <translation>Open vault file</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="171" />
            <source>台帳ファイル (*.vault);;すべてのファイル (*)</source>
            <translation>Vault files (*.vault);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="192" />
            <location filename="../../ui/session/recovery.py" line="96" />
            <source>確認しています…</source>
            <translation>Checking…</translation>
        </message>
        <message>
            <location filename="../../ui/session/login.py" line="166" />
            <source>台帳: {path}</source>
            <translation>Vault: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="35" />
            <source>リカバリーキーで開く</source>
            <translation>Open with the recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="36" />
            <source>このPCが端末として登録されていないときや、鍵ファイルの端末情報が使えないときに、管理者がリカバリーキーで台帳を開きます。開くと、このPCが登録端末として追加され、以後は各ユーザーのパスワードで開けます。</source>
            <translation>When this PC is not registered as a terminal, or the terminal data in the key file cannot be used, an administrator opens the vault with the recovery key. This PC is then added as a registered terminal, and every user's password works here from then on.</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="55" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="56" />
            <source>管理者のユーザーID</source>
            <translation>Administrator's user ID</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="57" />
            <source>管理者のパスワード</source>
            <translation>Administrator's password</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="59" />
            <source>開いてこのPCを登録</source>
            <translation>Open and register this PC</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="60" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/session/recovery.py" line="75" />
            <source>すべての項目を入力してください。</source>
            <translation>Please fill in all fields.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/admin/audit_log.py" line="540" />
            <location filename="../../ui/admin/auth_history.py" line="15" />
            <location filename="../../ui/admin/settings.py" line="383" />
            <location filename="../../ui/admin/users.py" line="455" />
            <location filename="../../ui/backup/section.py" line="246" />
            <source>管理</source>
            <translation>Administration</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="171" />
            <source>委託セキュリティ台帳</source>
            <translation>Itaku Daicho</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="159" />
            <source>画面の一覧</source>
            <translation>Screens</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="175" />
            <source>ロック(&amp;L)</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="180" />
            <source>パスワードの変更(&amp;P)…</source>
            <translation>Change &amp;password…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="182" />
            <source>ログアウト(&amp;O)</source>
            <translation>Log &amp;out</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="184" />
            <source>終了(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="187" />
            <source>このアプリについて(&amp;A)</source>
            <translation>&amp;About this app</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="189" />
            <source>セッション(&amp;S)</source>
            <translation>&amp;Session</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="196" />
            <source>ヘルプ(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="204" />
            <source>セッション</source>
            <translation>Session</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="216" />
            <source>記録(&amp;R)</source>
            <translation>&amp;Records</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="231" />
            <source>すべての台帳を検索(&amp;K)…</source>
            <translation>Search all registers (&amp;K)…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="436" />
            <source>このアプリについて</source>
            <translation>About this application</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="198" />
            <source>マニュアル(&amp;M)</source>
            <translation>&amp;Manual</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="220" />
            <source>新規(&amp;N)</source>
            <translation>&amp;New</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="221" />
            <source>編集(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="222" />
            <source>この台帳を検索(&amp;F)</source>
            <translation>&amp;Find in this register</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="223" />
            <source>印刷(&amp;P)…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <source>この画面では使えません（台帳の画面で使います）。</source>
            <translation>Not available on this screen (it works in a register).</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="151" />
            <source>{name}（{id}・{role}）</source>
            <translation>{name} ({id}, {role})</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="429" />
            <source>パスワードを変更しました。</source>
            <translation>Your password has been changed.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="436" />
            <source>&lt;b&gt;委託セキュリティ台帳&lt;/b&gt; バージョン {version}&lt;br&gt;&lt;br&gt;外部委託先の情報セキュリティに関する記録・許可申請・提出書類を、暗号化された1つの台帳ファイルで管理します。すべての操作は改ざん検知付きの監査ログに記録されます。</source>
            <translation>&lt;b&gt;Itaku Daicho (contractor security ledger)&lt;/b&gt; version {version}&lt;br&gt;&lt;br&gt;Keeps the records, permission requests and submittals about the information security of an outsourcing contractor in one encrypted vault file. Every action is recorded in a tamper-evident audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>一部の画面を読み込めませんでした（詳細はログファイル）。</source>
            <translation>Some screens could not be loaded (see the log file for details).</translation>
        </message>
        <message>
            <source>ロック</source>
            <translation type="obsolete">Lock</translation>
        </message>
        <message>
            <source>パスワードの変更…</source>
            <translation type="obsolete">Change password…</translation>
        </message>
        <message>
            <source>ログアウト</source>
            <translation type="obsolete">Log out</translation>
        </message>
        <message>
            <source>終了</source>
            <translation type="obsolete">Quit</translation>
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
            <location filename="../../ui/session/password_dialog.py" line="56" />
            <source>現在のパスワード</source>
            <translation>Current password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="57" />
            <source>新しいパスワード</source>
            <translation>New password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="59" />
            <source>新しいパスワード（確認）</source>
            <translation>New password (again)</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="63" />
            <source>変更する</source>
            <translation>Change</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="109" />
            <source>パスワードを変更しています…</source>
            <translation>Changing the password…</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="31" />
            <source>パスワードの変更が必要です</source>
            <translation>You must change your password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="32" />
            <source>パスワードの変更</source>
            <translation>Change password</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="38" />
            <source>現在のパスワードと新しいパスワードを入力してください。</source>
            <translation>Enter your current password and a new password.</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="66" />
            <source>ログアウト</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="66" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="86" />
            <source>確認用のパスワードが一致しません。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/session/password_dialog.py" line="34" />
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
            <location filename="../../ui/registers/detail.py" line="277" />
            <location filename="../../ui/registers/detail.py" line="220" />
            <source>（なし）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="316" />
            <source>記録の印刷</source>
            <translation>Print the record</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="98" />
            <location filename="../../ui/registers/detail.py" line="86" />
            <source>内容</source>
            <translation>Contents</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="102" />
            <source>変更履歴</source>
            <translation>Change history</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="105" />
            <source>一覧で記録を選ぶと、ここに内容が表示されます。</source>
            <translation>Select a record in the list to see its contents here.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="86" />
            <source>日時</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="86" />
            <source>ユーザー</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="101" />
            <source>添付ファイル</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="207" />
            <source>登録 {created}（{by}）／更新 {updated}（{uby}）</source>
            <translation>Created {created} ({by}) / updated {updated} ({uby})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="144" />
            <source>添付ファイル（{n}）</source>
            <translation>Attachments ({n})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/detail.py" line="279" />
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
            <location filename="../../ui/registers/ext/__init__.py" line="115" />
            <source>要対応 {n}件（期限超過 {m}件）</source>
            <translation>Action needed: {n} ({m} overdue)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="48" />
            <source>本アプリの利用者・認証履歴の確認</source>
            <translation>Review of this app's users and authentication history</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="62" />
            <source>表示</source>
            <translation>Show</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="65" />
            <source>確認の種類</source>
            <translation>Kind of review</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="71" />
            <source>対象期間</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="96" />
            <source>確認者</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="97" />
            <source>結果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="98" />
            <source>指摘事項</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="99" />
            <source>措置</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="106" />
            <source>確認を記録</source>
            <translation>Record the review</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="178" />
            <source>本アプリを確認…</source>
            <translation>Review this app…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="180" />
            <source>本アプリの利用者一覧または管理者の認証履歴を期間を指定して表示し、確認の結果を記録します（管理者のみ）。</source>
            <translation>Shows this app's user list or its administrators' authentication history for a period and records the review (administrators only).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="196" />
            <source>本アプリの確認を記録しました。</source>
            <translation>The review of this app was recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="152" />
            <source>特に確認が必要な項目はありません。</source>
            <translation>Nothing needs particular attention.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="145" />
            <source>{n}件を表示しています。</source>
            <translation>Showing {n} entries.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/account_reviews.py" line="147" />
            <source>確認が必要な項目:</source>
            <translation>Needs attention:</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="37" />
            <source>本アプリの利用者と従事者の紐付け</source>
            <translation>Link this app's users to staff records</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="39" />
            <source>利用者ごとに従事者名簿の記録を選びます。従事終了日を過ぎると「要対応」に表示されます（自動では無効化しません）。</source>
            <translation>Choose the staff record of each user. After its end date the user is listed under To do (it is not disabled automatically).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="107" />
            <source>本アプリの利用者と従事者…</source>
            <translation>App users and staff…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="109" />
            <source>本アプリの利用者を従事者名簿の記録と紐付けます。従事を終えた人の利用者は要対応に表示されます（管理者のみ）。</source>
            <translation>Links this app's users to staff records; users of people who have left are listed under To do (administrators only).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="44" />
            <source>利用者ID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="44" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="44" />
            <source>従事者</source>
            <translation>Staff record</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="78" />
            <source>（紐付けなし）</source>
            <translation>(not linked)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/accounts.py" line="83" />
            <source>（従事者 #{id}）</source>
            <translation>(staff record #{id})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="35" />
            <source>新しい版を登録</source>
            <translation>Register a new revision</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="38" />
            <source>例: 第3版</source>
            <translation>e.g. 3rd edition</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="44" />
            <source>（ファイルなし）</source>
            <translation>(no file)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="46" />
            <source>ファイルを選択…</source>
            <translation>Choose a file…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="56" />
            <source>版</source>
            <translation>Revision</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="57" />
            <source>改訂日</source>
            <translation>Revised on</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="58" />
            <source>改訂の概要</source>
            <translation>Summary of the change</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="59" />
            <source>ファイル（暗号化して保存）</source>
            <translation>File (stored encrypted)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="67" />
            <source>この版のファイルを選択</source>
            <translation>Choose the file of this revision</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="67" />
            <location filename="../../ui/registers/ext/exchanges.py" line="84" />
            <source>すべてのファイル (*)</source>
            <translation>All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="97" />
            <source>新しい版を登録…</source>
            <translation>Register a new revision…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="99" />
            <source>改訂した版の番号・日付・概要とファイルを登録し、見直し予定日を更新します（A15-2）。</source>
            <translation>Records the revision's number, date, summary and file, and updates the next review date (A15-2).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="75" />
            <source>版を入力してください。</source>
            <translation>Enter the revision.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/documents.py" line="79" />
            <source>改訂日を入力してください。</source>
            <translation>Enter the revision date.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/endpoint_checks.py" line="19" />
            <source>ウイルス検出を事故として記録…</source>
            <translation>Record the infection as an incident…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/endpoint_checks.py" line="22" />
            <source>この確認の内容から事故記録を作成し、確認記録と関連付けます（A20-1）。</source>
            <translation>Creates an incident from this check and links it to the check (A20-1).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/endpoint_checks.py" line="41" />
            <source>事故として記録</source>
            <translation>Record as an incident</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/endpoint_checks.py" line="42" />
            <source>ウイルスの検出を事故記録として作成し、事故記録の画面で開きます。よろしいですか。</source>
            <translation>Create an incident record for the infection and open it in Security incidents?</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/endpoint_checks.py" line="43" />
            <source>作成して開く</source>
            <translation>Create and open</translation>
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
            <location filename="../../ui/registers/ext/permissions.py" line="27" />
            <source>この許可による行為</source>
            <translation>Acts under this permission</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/permissions.py" line="50" />
            <source>この許可で記録された行為はありません。</source>
            <translation>No acts are recorded under this permission.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/permissions.py" line="40" />
            <source>現在の状況: {status}</source>
            <translation>Current status: {status}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="23" />
            <source>教育の受講履歴</source>
            <translation>Training attendance</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="28" />
            <source>引継記録</source>
            <translation>Handovers</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="40" />
            <source>受講の記録はありません。</source>
            <translation>No attendance recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="45" />
            <source>（未定）</source>
            <translation>(not decided)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="49" />
            <source>（確認未了）</source>
            <translation>(not confirmed)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="54" />
            <source>引継の記録はありません（引継記録の台帳で登録します）。</source>
            <translation>No handovers (record them in the Handovers register).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="46" />
            <source>{date}　{who}へ引継　{role}</source>
            <translation>{date}  handed over to {who}  {role}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/staff.py" line="46" />
            <source>{date}　{who}から受継　{role}</source>
            <translation>{date}  taken over from {who}  {role}</translation>
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
            <location filename="../../ui/registers/ext/structure.py" line="89" />
            <source>管理体制 — 改定（新しい版）</source>
            <translation>Management structure — revise (new version)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="66" />
            <source>{start}から現在まで</source>
            <translation>From {start} to now</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="66" />
            <source>{start}から{end}まで</source>
            <translation>From {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="68" />
            <source>{day}時点の版: 「{name}」（適用期間 {period}）</source>
            <translation>Version as of {day}: "{name}" (in effect {period})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="92" />
            <source>「{name}」（{start}〜）を元に新しい版を作ります。適用開始日と改定理由を入力してください。</source>
            <translation>A new version is created from "{name}" ({start}–). Enter the date it takes effect and the reason for the revision.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/ext/structure.py" line="61" />
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
            <location filename="../../ui/registers/editors.py" line="231" />
            <source>はい</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="255" />
            <source>名前の一部を入力して選択</source>
            <translation>Type part of a name and choose</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="317" />
            <source>絞り込み（名前の一部）</source>
            <translation>Filter (part of a name)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="416" />
            <source>行を追加</source>
            <translation>Add row</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="418" />
            <source>行を削除</source>
            <translation>Delete row</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="420" />
            <source>上へ</source>
            <translation>Up</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="422" />
            <source>下へ</source>
            <translation>Down</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="94" />
            <source>16進数64桁</source>
            <translation>64 hexadecimal digits</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="209" />
            <source>（選択してください）</source>
            <translation>(please choose)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/editors.py" line="359" />
            <source>{n}件選択</source>
            <translation>{n} selected</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="264" />
            <source>編集</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="264" />
            <source>新規</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="270" />
            <source>＊の項目は必須です。</source>
            <translation>Fields marked ＊ are required.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="273" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="276" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="280" />
            <source>保存（Ctrl+S）</source>
            <translation>Save (Ctrl+S)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="324" />
            <source>入力の破棄</source>
            <translation>Discard input</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="324" />
            <source>入力した内容を保存せずに閉じますか？</source>
            <translation>Close without saving what you entered?</translation>
        </message>
        <message>
            <location filename="../../ui/registers/form.py" line="325" />
            <source>破棄して閉じる</source>
            <translation>Discard and close</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="192" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="135" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="108" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="136" />
            <location filename="../../desktop/registers/definitions/systems.py" line="181" />
            <location filename="../../desktop/registers/definitions/systems.py" line="183" />
            <location filename="../../desktop/registers/definitions/systems.py" line="185" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="58" />
            <source>か月</source>
            <translation>months</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="196" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="199" />
            <location filename="../../desktop/submittals/forms/handover.py" line="27" />
            <source>バイト</source>
            <translation>bytes</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="81" />
            <location filename="../../desktop/submittals/forms/training_plan.py" line="29" />
            <source>月</source>
            <translation>(month)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="83" />
            <location filename="../../desktop/registers/definitions/audits.py" line="110" />
            <location filename="../../desktop/submittals/forms/_common.py" line="102" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="44" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="44" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="89" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="89" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="89" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="115" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="65" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="63" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="62" />
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="118" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="146" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="148" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="51" />
            <location filename="../../desktop/submittals/forms/media_register.py" line="84" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="25" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="33" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="53" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="54" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="55" />
            <location filename="../../desktop/submittals/forms/training_plan.py" line="66" />
            <source>件</source>
            <translation>items</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="192" />
            <source>項目</source>
            <translation>items</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="172" />
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="175" />
            <source>日</source>
            <translation>days</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="137" />
            <source>本</source>
            <translation>licences</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="139" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="64" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="50" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="44" />
            <source>台</source>
            <translation>units</translation>
        </message>
        <message>
            <source>日付を消す</source>
            <translation type="obsolete">Clear the date</translation>
        </message>
        <message>
            <source>（未入力）</source>
            <translation type="obsolete">(not entered)</translation>
        </message>
    </context>
    <context>
        <name>RegisterList</name>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="240" />
            <source>記入用テンプレートの書き出し</source>
            <translation>Export a template to fill in</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="241" />
            <location filename="../../ui/registers/dialogs.py" line="73" />
            <source>Excel ブック (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="41" />
            <source>削除の理由（必須）</source>
            <translation>Reason for deletion (required)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="44" />
            <source>削除する</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="46" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="72" />
            <source>Excel ブックに書き出し</source>
            <translation>Export to an Excel workbook</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="77" />
            <source>CSV ファイル (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="91" />
            <source>{n}件を書き出しました。
{path}</source>
            <translation>Exported {n} records.
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="139" />
            <source>取り込む</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="141" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="171" />
            <source>既存の記録（またはファイル内の前の行）と同じ内容の行です。通常は取り込みません。</source>
            <translation>These rows are the same as an existing record (or an earlier row of the file). They are normally not imported.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="254" />
            <source>読み込み（CSV・Excel）</source>
            <translation>Import (CSV or Excel)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="254" />
            <source>CSV・Excel (*.csv *.xlsx);;CSV ファイル (*.csv);;Excel ブック (*.xlsx);;すべてのファイル (*)</source>
            <translation>CSV or Excel (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="54" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="118" />
            <location filename="../../ui/registers/dialogs.py" line="189" />
            <source>行</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="118" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="118" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="249" />
            <source>記入用のブックを書き出しました。記入例の行（灰色）は読み込まれません。
{path}</source>
            <translation>Wrote a workbook to fill in. The example row (grey) is never imported.
{path}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="76" />
            <source>CSV 書き出し — {enc}</source>
            <translation>Export CSV — {enc}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="112" />
            <source>CSV 読み込み — {register}</source>
            <translation>Import CSV — {register}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="168" />
            <source>重複している {n} 件も取り込む（{lines}行目）</source>
            <translation>Also import the {n} duplicate rows (rows {lines})</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="148" />
            <source>「{file}」に {n} 件の問題があります。すべて直してから、もう一度読み込んでください（1行も取り込まれていません）。</source>
            <translation>"{file}" has {n} problems. Fix them all and import again (no rows have been imported).</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="204" />
            <source>{name}（ファイルの{line}行目）</source>
            <translation>{name} (line {line} of the file)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="153" />
            <source>「{file}」に取り込む行がありません。</source>
            <translation>"{file}" contains no rows to import.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="156" />
            <source>「{file}」（{enc}）の {n} 件を{register}に追加します。取り込みはすべての行をまとめて行い、途中で失敗した場合は1行も追加されません。</source>
            <translation>{n} records from "{file}" ({enc}) will be added to {register}. All rows are imported together; if any row fails, none is added.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="159" />
            <source>子の一覧を「{file}」から読み込みました。</source>
            <translation>Sub-list items were read from “{file}”.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/dialogs.py" line="161" />
            <source>先に、シート「{sheet}」の {n} 件を{register}に追加します。</source>
            <translation>First, {n} records from the sheet “{sheet}” are added to {register}.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="158" />
            <source>検索（2文字以上）</source>
            <translation>Search (2 characters or more)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="213" />
            <source>新規</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="215" />
            <source>編集</source>
            <translation>Edit</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="217" />
            <source>削除…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="219" />
            <source>書き出し</source>
            <translation>Export</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="222" />
            <source>UTF-8（BOM付き・Excel 向け）(&amp;U)…</source>
            <translation>&amp;UTF-8 (with BOM, for Excel)…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="223" />
            <source>Shift_JIS（CP932）(&amp;S)…</source>
            <translation>&amp;Shift_JIS (CP932)…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="226" />
            <source>Excel ブック（.xlsx）(&amp;X)…</source>
            <translation>E&amp;xcel workbook (.xlsx)…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="228" />
            <source>記入用テンプレート（.xlsx）(&amp;T)…</source>
            <translation>&amp;Template to fill in (.xlsx)…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="236" />
            <source>読み込み（CSV・Excel）…</source>
            <translation>Import (CSV or Excel)…</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="347" />
            <source>新しい記録（Ctrl+N）</source>
            <translation>New record (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="348" />
            <source>選んだ記録を編集（Ctrl+E・Enter）</source>
            <translation>Edit the selected record (Ctrl+E, Enter)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="349" />
            <source>選んだ記録を削除（Delete）</source>
            <translation>Delete the selected record (Delete)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="667" />
            <source>記録の削除</source>
            <translation>Delete record</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="678" />
            <source>削除しました。</source>
            <translation>Deleted.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="206" />
            <source>条件を解除</source>
            <translation>Clear filters</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="364" />
            <source>印刷する記録を一覧で選んでください。</source>
            <translation>Select the record to print in the list.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="401" />
            <source>2文字以上入力してください</source>
            <translation>Enter at least 2 characters</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="141" />
            <source>根拠: {c}</source>
            <translation>Basis: {c}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="160" />
            <source>{register}を検索</source>
            <translation>Search {register}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="161" />
            <source>検索（Ctrl+F）: {fields}</source>
            <translation>Search (Ctrl+F): {fields}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="350" />
            <source>{register}の一覧</source>
            <translation>{register} list</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="447" />
            <source>件数が多いため、途中まで数えています。</source>
            <translation>There are many records; the count stopped partway.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="450" />
            <source>検索語が長いため件数は概数です（実際はこれ以下）。一覧を最後までたどると正確な件数になります。</source>
            <translation>The search term is long, so the count is an upper estimate (the real number is no larger). Scroll to the end of the list for the exact count.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="653" />
            <source>{register}を保存しました。</source>
            <translation>{register} saved.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="668" />
            <source>{register}「{title}」を削除します。削除は監査ログに理由とともに記録され、元に戻せません。</source>
            <translation>The {register} record "{title}" will be deleted. The deletion is recorded in the audit log with the reason and cannot be undone.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="183" />
            <source>{field}（から）</source>
            <translation>{field} (from)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="184" />
            <source>{field}（まで）</source>
            <translation>{field} (to)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="199" />
            <source>{label}で絞り込み</source>
            <translation>Filter by {label}</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="200" />
            <source>{label}: すべて</source>
            <translation>{label}: all</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="443" />
            <source>{n}件</source>
            <translation>{n} records</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="446" />
            <source>{n}件以上</source>
            <translation>{n}+ records</translation>
        </message>
        <message>
            <location filename="../../ui/registers/list_view.py" line="449" />
            <source>最大{n}件</source>
            <translation>up to {n} records</translation>
        </message>
        <message>
            <location filename="../../ui/registers/table_model.py" line="344" />
            <source>（この間の行は、スクロールすると読み込みます）</source>
            <translation>(rows in between load as you scroll)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/table_model.py" line="329" />
            <source>{label}（この列では並べ替えできません）</source>
            <translation>{label} (this column cannot be sorted)</translation>
        </message>
        <message>
            <source>UTF-8（BOM付き・Excel 向け）…</source>
            <translation type="obsolete">UTF-8 (with BOM, for Excel)…</translation>
        </message>
        <message>
            <source>Shift_JIS（CP932）…</source>
            <translation type="obsolete">Shift_JIS (CP932)…</translation>
        </message>
        <message>
            <source>Excel ブック（.xlsx）…</source>
            <translation type="obsolete">Excel workbook (.xlsx)…</translation>
        </message>
        <message>
            <source>記入用テンプレート（.xlsx）…</source>
            <translation type="obsolete">Template to fill in (.xlsx)…</translation>
        </message>
        <message>
            <source>検索（2文字以上。{fields}）</source>
            <translation type="obsolete">Search (at least 2 characters; {fields})</translation>
        </message>
        <message>
            <source>CSV 読み込み</source>
            <translation type="obsolete">Import CSV</translation>
        </message>
        <message>
            <source>CSV ファイル (*.csv);;すべてのファイル (*)</source>
            <translation type="obsolete">CSV files (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>CSV 書き出し</source>
            <translation type="obsolete">Export CSV</translation>
        </message>
        <message>
            <source>CSV 読み込み…</source>
            <translation type="obsolete">Import CSV…</translation>
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
            <location filename="../../desktop/registers/coverage.py" line="161" />
            <source>許可の対象にこの行為の対象（{what}）が含まれていません（{clause}: 対象外）。</source>
            <translation>The permission does not name this act's {what} ({clause}: item not covered).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/coverage.py" line="148" />
            <source>県の許可が記録されていません（{clause}: 許可なし）。</source>
            <translation>No permission from the prefecture is recorded ({clause}: no permission).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/coverage.py" line="150" />
            <source>選ばれた許可申請は不許可または取下げです（{clause}: 不許可）。</source>
            <translation>The chosen permission request was denied or withdrawn ({clause}: denied).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/coverage.py" line="152" />
            <source>選ばれた許可申請はまだ許可されていません（{clause}: 未許可）。</source>
            <translation>The chosen permission request has not been granted yet ({clause}: not granted).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/coverage.py" line="154" />
            <source>選ばれた許可の種別「{have}」ではこの行為（{need}）は許可されません（{clause}: 種別違い）。</source>
            <translation>A permission of kind "{have}" does not allow this act ({need}) ({clause}: wrong kind).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/coverage.py" line="157" />
            <source>実施日 {on} が許可期間（{start}〜{end}）の外です（{clause}: 期間外）。</source>
            <translation>The act's date {on} is outside the permission period ({start} to {end}) ({clause}: outside the period).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/coverage.py" line="344" />
            <source>許可の確認: {what}（{clause}）</source>
            <translation>Permission check: {what} ({clause})</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="489" />
            <source>プレビューの後にファイルまたは参照先の記録が変わったため、取り込みを取り消しました。もう一度プレビューからやり直してください。</source>
            <translation>The file or a referenced record changed after the preview, so the import was cancelled. Preview the file again.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="668" />
            <source>引用符（"）で始まる値が閉じられていません。値の終わりに " を書いてください（値の中の " は "" と2つ重ねます）。</source>
            <translation>A value that starts with a quote (") is never closed. Put a " at the end of the value (a " inside the value is written twice: "").</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="670" />
            <source>引用符（"）で囲んだ値の後に余分な文字があります。値の中の " は "" と2つ重ねてください。</source>
            <translation>There are extra characters after a quoted value. Write a " inside a value twice: "".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="320" />
            <location filename="../../desktop/registers/csvio.py" line="424" />
            <source>文字コードは utf-8-sig か cp932 を指定してください。</source>
            <translation>Please specify utf-8-sig or cp932 as the encoding.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="673" />
            <source>CSVの形式が正しくありません（{reason}）。</source>
            <translation>The CSV format is not valid ({reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="98" />
            <source>{line}行目「{column}」: {message}</source>
            <translation>Line {line}, "{column}": {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="270" />
            <source>「{label}」は別のファイルに書き出しました: {path}</source>
            <translation>“{label}” was written to a separate file: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="365" />
            <source>{line}行目をCP932で書き出せません。</source>
            <translation>Line {line} cannot be written in CP932.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="438" />
            <location filename="../../desktop/registers/csvio.py" line="946" />
            <location filename="../../desktop/registers/csvio.py" line="435" />
            <location filename="../../desktop/registers/csvio.py" line="876" />
            <source>1列目</source>
            <translation>Column 1</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="438" />
            <source>見出しの行がありません（1行目に列名を書いてください）。</source>
            <translation>There is no header row (put the column names on line 1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="672" />
            <source>値が長すぎます（1つの欄は{limit}文字まで）。</source>
            <translation>The value is too long (at most {limit} characters per cell).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="946" />
            <source>取り込むデータの行がありません。</source>
            <translation>There are no data rows to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1019" />
            <source>{label}の「{value}」が{target}にもこのファイルにも見つかりません。</source>
            <translation>{label} “{value}” is neither in {target} nor in this file.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1232" />
            <source>ファイル内で参照されている{register}の行が取り込まれないため、取り込めません。重複も取り込む設定にしてください。</source>
            <translation>A row of {register} that other rows of the file refer to would not be imported, so nothing can be imported. Choose to import duplicates as well.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="267" />
            <source>「{label}」は標準出力には別のファイルとして書けないため、JSON の列として書き出しました。ファイルに書き出すと「{label}」は別の CSV ファイルになります（Excel ブックでは別のシート）。</source>
            <translation>“{label}” cannot go to standard output as a separate file, so it was written as a JSON column. When written to a file, “{label}” becomes a separate CSV file (a separate sheet in an Excel workbook).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="596" />
            <location filename="../../desktop/registers/csvio.py" line="387" />
            <location filename="../../desktop/registers/csvio.py" line="888" />
            <source>{n}列目</source>
            <translation>Column {n}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="599" />
            <source>列名がありません。</source>
            <translation>The column has no name.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1026" />
            <location filename="../../desktop/registers/store.py" line="107" />
            <source>もしかして: {names}</source>
            <translation> Did you mean: {names}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1108" />
            <source>エラーのある行があるため取り込めません（{n}件）。先に修正してください。</source>
            <translation>Cannot import because some rows have errors ({n}). Please correct them first.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1125" />
            <source>取り込み中に参照先の記録が変更されたため、取り込みを取り消しました。もう一度プレビューからやり直してください。</source>
            <translation>A referenced record changed during the import, so the import was rolled back. Please start again from the preview.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="553" />
            <location filename="../../desktop/registers/xlsxio.py" line="374" />
            <source>1列目は「{col}」（記録の行番号）にしてください。</source>
            <translation>Column 1 must be "{col}" (the record's row number).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="583" />
            <location filename="../../desktop/registers/xlsxio.py" line="383" />
            <source>記録の行番号を数字で書いてください。</source>
            <translation>Write the record's row number as a number.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="889" />
            <source>見出しのない列に値があります（列の数が見出しより多い）。</source>
            <translation>A column without a header has values (there are more columns than headers).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1014" />
            <source>{label}の「{value}」はファイルの{line}行目にありますが、その行に問題があります。</source>
            <translation>{label} “{value}” is on line {line} of the file, but that line has problems.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1017" />
            <source>{label}の「{value}」に当てはまる行がファイルに複数あります（{lines}行目）。</source>
            <translation>{label} “{value}” matches more than one line of the file (lines {lines}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1059" />
            <source>{line}行目</source>
            <translation>line {line}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="1060" />
            <source>行どうしの参照が循環しているため、取り込む順序を決められません: {path}</source>
            <translation>Rows refer to each other in a circle, so no import order is possible: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="362" />
            <source>{line}行目「{column}」の文字「{ch}」（U+{code:04X}）はCP932（Shift_JIS）で表せません。UTF-8（BOM付き）で書き出してください。</source>
            <translation>Line {line}, "{column}": the character "{ch}" (U+{code:04X}) cannot be represented in CP932 (Shift_JIS). Export as UTF-8 (with BOM) instead.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="387" />
            <source>文字コード（{encoding}）として読めない文字があります。UTF-8かCP932で保存してください。</source>
            <translation>Some characters cannot be read as {encoding}. Please save the file as UTF-8 or CP932.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="562" />
            <location filename="../../desktop/registers/csvio.py" line="601" />
            <source>不明な列です（{register}にこの項目はありません）。</source>
            <translation>Unknown column ({register} has no such field).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="603" />
            <source>添付ファイルはCSVでは取り込めません。この列を削除してください。</source>
            <translation>Attachments cannot be imported from CSV. Please remove this column.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="614" />
            <source>必須の列「{label}」がありません。</source>
            <translation>The required column "{label}" is missing.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="919" />
            <location filename="../../desktop/registers/service.py" line="310" />
            <source>この{label}は既に登録されています。</source>
            <translation>This {label} is already registered.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="921" />
            <source>この{label}はファイルの{line}行目と重複しています。</source>
            <translation>This {label} duplicates line {line} of the file.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="474" />
            <source>「{file}」の{row}行目に記録がありません。</source>
            <translation>Row {row} of “{file}” has no record.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/csvio.py" line="606" />
            <source>同じ項目の列が2つあります（「{other}」）。</source>
            <translation>There are two columns for the same field ("{other}").</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/__init__.py" line="98" />
            <source>台帳「{slug}」はありません。使える台帳: {slugs}</source>
            <translation>There is no register "{slug}". Available registers: {slugs}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="36" />
            <source>対象期間（終了）が未来の日付です。終わった期間だけを確認として記録できます。</source>
            <translation>The period ends in the future. Only a period that has ended can be recorded as reviewed.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="50" />
            <source>このシステムは「重要な情報を扱う」になっていません。アクセス記録の分析（A19-1）の対象か確認してください。</source>
            <translation>This system is not marked as handling important information. Check whether the access-record analysis (A19-1) applies.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="44" />
            <source>指摘事項に対する措置が記録されていません（{clause}）。</source>
            <translation>No action is recorded for the findings ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="80" />
            <source>登録の承認（承認者・承認日）が記録されていません（A11-1-3）。</source>
            <translation>No approval (approver and date) is recorded for the registration (A11-1-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="84" />
            <source>重要な情報を扱うシステムで、共用または汎用のIDが使われています。個人ごとのIDにしてください（A11-1-2）。</source>
            <translation>A shared or generic ID is used on a system with important information. Give each person an individual ID (A11-1-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="88" />
            <source>管理者権限のIDですが用途が記録されていません。権限は必要最小限にしてください（A11-1-10）。</source>
            <translation>This ID has administrator rights but no purpose is recorded. Keep privileges to the minimum (A11-1-10).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="91" />
            <source>パスワードの設定が確認されていません（A11-1-7）。</source>
            <translation>Setting a password has not been confirmed (A11-1-7).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="120" />
            <source>登録の承認が記録されていません（A11-1-3）。</source>
            <translation>No approval of the registration is recorded (A11-1-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="77" />
            <source>名義人（{name}）は {date} に従事を終えていますが、IDが削除されていません（A11-1-4）。</source>
            <translation>The holder ({name}) left on {date} but the ID has not been deleted (A11-1-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="114" />
            <source>名義人（{name}）が従事を終えています。IDを削除してください（A11-1-4）。</source>
            <translation>The holder ({name}) has left. Delete the ID (A11-1-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="123" />
            <source>本アプリの利用者 {id}（{name}）</source>
            <translation>App user {id} ({name})</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="125" />
            <source>従事者「{staff}」は従事を終えています。本アプリの利用者IDを無効化・削除してください（A11-1-4）。</source>
            <translation>Staff member {staff} has left. Disable or delete the app user (A11-1-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="82" />
            <source>監査の指摘事項の対応期限を過ぎています（A21）。</source>
            <translation>An audit finding is past its due date (A21).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="83" />
            <source>監査の指摘事項の対応期限が近づいています（A21）。</source>
            <translation>An audit finding is due soon (A21).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="60" />
            <source>対応期限を過ぎた未完了の指摘事項が{n}件あります（A21）。</source>
            <translation>{n} open findings are past their due date (A21).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="65" />
            <source>対応期限のない未完了の指摘事項が{n}件あります（A21）。</source>
            <translation>{n} open findings have no due date (A21).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="43" />
            <source>ウイルス対策ソフト（製品・パターン日付）</source>
            <translation>Anti-virus (product and pattern date)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="45" />
            <source>修正プログラムの適用</source>
            <translation>Patches applied</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="53" />
            <source>個人所有の機器は持ち込めません。業務での使用をやめ、会社の機器に替えてください（A8-3）。</source>
            <translation>Personal devices may not be brought in. Stop using it for the work and replace it with a company device (A8-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="62" />
            <source>セキュリティ対策を確認した者と日時が記録されていません（A8-2）。</source>
            <translation>Who confirmed the security measures, and when, is not recorded (A8-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="71" />
            <source>個人所有の機器が持ち込まれています（A8-3）。</source>
            <translation>A personal device has been brought in (A8-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="58" />
            <source>確認できていない項目があります: {items}（A8-2）。</source>
            <translation>Items not yet confirmed: {items} (A8-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="68" />
            <source>運用方法や操作手順が変わる変更ですが、教育計画が結び付けられていません（A17-5）。</source>
            <translation>The change alters operations or procedures, but no training plan is linked (A17-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="71" />
            <source>変更後の正常動作の確認が記録されていません（A17-3）。</source>
            <translation>No confirmation of normal operation after the change is recorded (A17-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="74" />
            <source>変更後の確認で異常がありました（A17-3）。</source>
            <translation>The check after the change found a problem (A17-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="77" />
            <source>設定変更ですが、設定項目と変更前後の値が記録されていません（A17-4）。</source>
            <translation>A setting change without the setting and its values before and after (A17-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="89" />
            <source>変更後の正常動作を確認して「完了」にしてください（A17-3）。</source>
            <translation>Confirm normal operation after the change and mark it done (A17-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="96" />
            <source>運用の変更に伴う教育計画を作成してください（A17-5）。</source>
            <translation>Make a training plan for the change in operations (A17-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="29" />
            <source>県への報告が記録されていません（A17-9）。</source>
            <translation>No report to the prefecture is recorded (A17-9).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="34" />
            <source>訂正後の内容が原票（入力帳票）と一致することを確認していません（A19-3）。</source>
            <translation>The corrected data has not been checked against the source (input slip) (A19-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="45" />
            <source>重要な情報の誤りを県へ報告してください（A17-9）。</source>
            <translation>Report the error in important data to the prefecture (A17-9).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="122" />
            <source>テスト計画が記録されていません（A10-3）。</source>
            <translation>No test plan is recorded (A10-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="126" />
            <source>既存システムへの影響がないことの確認が記録されていません（A10-4）。</source>
            <translation>No check that existing systems are not affected is recorded (A10-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="130" />
            <source>本番データを使う場合は、利用範囲・目的と保護対策を記録してください（A10-1）。</source>
            <translation>When production data is used, record its scope, purpose and protection (A10-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="134" />
            <source>開発・運用の媒体と資料の施錠保管が記録されていません（A10-2）。</source>
            <translation>Locked storage of development media and documents is not recorded (A10-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="113" />
            <source>納品日が決まっていますが、セキュリティ機能 {items} の確認結果がありません（A10-5）。</source>
            <translation>A delivery date is set but security functions {items} have no check result (A10-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="119" />
            <source>セキュリティ機能 {items} がありません。対応を検討してください（A10-5）。</source>
            <translation>Security functions {items} are missing. Decide what to do (A10-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="147" />
            <source>セキュリティ機能の確認が {n}項目 済んでいません（A10-5）。</source>
            <translation>{n} security functions are not checked yet (A10-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="71" />
            <source>電磁的消去に使用したツールが記録されていません（A7-1）。</source>
            <translation>The tool used for the electromagnetic erasure is not recorded (A7-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="75" />
            <source>県から提供されたソフトウェアのアンインストールが記録されていません（A7-2）。</source>
            <translation>Uninstalling the software provided by the prefecture is not recorded (A7-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="78" />
            <source>立会者が記録されていません（A7-1）。</source>
            <translation>No witness is recorded (A7-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="80" />
            <source>消去・破壊の証明書が添付されていません（A7-1）。</source>
            <translation>No erasure or destruction certificate is attached (A7-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="40" />
            <source>この情報機器は既に廃棄・返却が記録されています（記録 {rid}）。</source>
            <translation>A disposal or return of this equipment is already recorded (record {rid}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="67" />
            <source>予定日を過ぎても廃棄・返却の実施が記録されていません（A7-1）。</source>
            <translation>The planned date has passed but the disposal or return is not recorded as done (A7-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="93" />
            <source>予定日を過ぎた廃棄・返却が未実施です（A7-1）。</source>
            <translation>A disposal or return is past its planned date and not done (A7-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="94" />
            <source>情報機器の廃棄・返却の予定日が近づいています（A7-1）。</source>
            <translation>An equipment disposal or return is coming up (A7-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="127" />
            <source>見直し予定日を過ぎています。内容が最新か確認してください（A15-2）。</source>
            <translation>The review date has passed. Check that the document is current (A15-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="160" />
            <source>最終改訂の後にシステムの変更があります。改訂が必要か確認してください（A15-2）。</source>
            <translation>The system changed after the last revision. Check whether the document needs a revision (A15-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="151" />
            <source>管理資料の見直し予定日を過ぎています（A15-2）。</source>
            <translation>A document's review date has passed (A15-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="152" />
            <source>管理資料の見直し予定日が近づいています（A15-2）。</source>
            <translation>A document's review date is near (A15-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="123" />
            <source>版（改訂履歴）が登録されていません（{clause}）。</source>
            <translation>No revision is recorded ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="132" />
            <source>最終改訂の後に、このシステムの変更が{n}件記録されています。改訂が必要か確認してください（A15-2）。</source>
            <translation>{n} changes of this system were recorded after the last revision. Check whether the document needs a revision (A15-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="136" />
            <source>運用手順に次の項目がありません: {items}（A17-1）。</source>
            <translation>The operations procedure lacks: {items} (A17-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="75" />
            <source>ウイルスが検出されています。県へ報告し、事故として記録してください（A13-1、A20-1）。</source>
            <translation>Malware was found. Report it to the prefecture and record it as an incident (A13-1, A20-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="82" />
            <source>ウイルス定義の日付が記録されていません（A13-3）。</source>
            <translation>The pattern file date is not recorded (A13-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="86" />
            <source>ウイルスの全体検査が記録されていません（A13-4）。</source>
            <translation>No full scan is recorded (A13-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="92" />
            <source>必要なセキュリティパッチが適用されていません（A13-5）。</source>
            <translation>Required security patches are not applied (A13-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="131" />
            <source>ウイルスの検出が事故として記録されていません（A20-1）。</source>
            <translation>The infection has not been recorded as an incident (A20-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="125" />
            <source>最新の確認で全体検査が古いか、記録されていません（A13-4）。</source>
            <translation>At the latest check the full scan was old or not recorded (A13-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="80" />
            <source>確認時点でウイルス定義が{n}日前のものでした（A13-3）。</source>
            <translation>At the check the pattern file was {n} days old (A13-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="116" />
            <source>ウイルス対策・パッチの確認の期限を過ぎています（A13-1）。</source>
            <translation>The anti-virus and patch check is overdue (A13-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="117" />
            <source>ウイルス対策・パッチの確認の予定日が近づいています（A13-1）。</source>
            <translation>The anti-virus and patch check is due soon (A13-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="90" />
            <source>確認時点で最後の全体検査が{n}日前でした（A13-4）。</source>
            <translation>At the check the last full scan was {n} days old (A13-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="98" />
            <source>次の確認の予定日（{due}）を過ぎています（A13-1）。</source>
            <translation>The next check was due on {due} (A13-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="121" />
            <source>最新の確認でウイルス定義が{n}日前のものでした（A13-3）。</source>
            <translation>At the latest check the pattern file was {n} days old (A13-3).</translation>
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
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="48" />
            <source>持ち出した情報機器が返却予定日を過ぎても戻っていません（A5-1-2）。</source>
            <translation>Equipment taken out is not back by its planned date (A5-1-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="37" />
            <source>返却予定日（{d}）を過ぎても戻りが記録されていません（A5-1-2）。</source>
            <translation>The planned return date ({d}) has passed and no return is recorded (A5-1-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="133" />
            <source>ファイルのサイズまたはSHA-256が相手方の申告値と一致しません。</source>
            <translation>The file size or SHA-256 does not match the values reported by the counterpart.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="148" />
            <source>保存領域からの削除が確認されていません。</source>
            <translation>Deletion from the storage area has not been confirmed.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="115" />
            <source>交換日程が事前に定められていません（A12-5）。</source>
            <translation>The exchange was not scheduled in advance (A12-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="129" />
            <source>交換したファイルのサイズ・SHA-256の照合が済んでいません（A12-4）。</source>
            <translation>The size and SHA-256 of the exchanged file have not been verified (A12-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="155" />
            <source>予定日を過ぎたデータ交換が未記録です。</source>
            <translation>A data exchange past its planned date has not been recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="155" />
            <source>データ交換の予定があります。</source>
            <translation>A data exchange is scheduled.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="118" />
            <source>日程をいつ登録したかの記録がありません（取り込んだ過去の記録）。事前に定めたことを示す資料があれば備考に記してください（A12-5）。</source>
            <translation>When the schedule was recorded is unknown (an imported past record). If a document shows it was set in advance, note it in the remarks (A12-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="125" />
            <source>交換から{days}日を過ぎても保存領域からの削除が確認されていません（A12-3）。</source>
            <translation>More than {days} days have passed since the exchange, but deletion from the storage area has not been confirmed (A12-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="89" />
            <source>専用線ではない接続ですが、コールバック等による相手の確認が記録されていません（A16-3）。</source>
            <translation>The connection is not a dedicated line and no callback or caller check is recorded (A16-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="92" />
            <source>接続記録の取得が記録されていません（A16-4）。</source>
            <translation>Collecting connection logs is not recorded (A16-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="110" />
            <source>有効期限を過ぎています。外部接続の利用者を削除してください（A16-6）。</source>
            <translation>Past its validity. Delete the external-connection user (A16-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="98" />
            <source>このシステムの外部接続の接続記録の確認が、定めた間隔内に記録されていません（A16-4）。</source>
            <translation>No review of this system's external connection logs is recorded within the set interval (A16-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="75" />
            <source>有効期限（{date}）を過ぎていますが、削除されていません（A16-6）。</source>
            <translation>Valid until {date} but not deleted (A16-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="80" />
            <source>利用者（{name}）は従事を終えています。外部接続の利用者から削除してください（A16-6）。</source>
            <translation>The user ({name}) has left. Remove them from the external-connection users (A16-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="85" />
            <source>管理責任者（{name}）は従事を終えています。新しい管理責任者を定めてください（A16-1）。</source>
            <translation>The manager in charge ({name}) has left. Name a new manager (A16-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="118" />
            <source>利用者（{name}）は従事を終えています（A16-6）。</source>
            <translation>The user ({name}) has left (A16-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="135" />
            <source>通信元が any</source>
            <translation>source is any</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="137" />
            <source>通信先が any</source>
            <translation>destination is any</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="141" />
            <source>ポートが any</source>
            <translation>ports are any</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="150" />
            <source>通過させる理由が書かれていません（A15-9）。</source>
            <translation>No reason for letting the traffic through (A15-9).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="158" />
            <source>有効期限を過ぎたルールです。機器から削除してください（A15-10）。</source>
            <translation>The rule is past its end date. Remove it from the device (A15-10).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="162" />
            <source>見直しの間隔を過ぎています。ルールが今も必要か確認してください（A15-10）。</source>
            <translation>Not reviewed within the interval. Check whether the rule is still needed (A15-10).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="174" />
            <source>有効期限を過ぎたファイアウォールのルールがあります（A15-10）。</source>
            <translation>A firewall rule is past its end date (A15-10).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="184" />
            <source>ファイアウォールのルールの見直し時期です（A15-10）。</source>
            <translation>A firewall rule is due for review (A15-10).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="143" />
            <source>ポートの範囲が{n}個を超える</source>
            <translation>a port range wider than {n} ports</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="155" />
            <source>必要最小限になっていない可能性があります: {why}（A15-10）。</source>
            <translation>The rule may be wider than needed: {why} (A15-10).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="20" />
            <source>前任者と後任者の両方の確認が記録されていません（A17-6）。</source>
            <translation>Confirmation by both the predecessor and the successor is not recorded (A17-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="23" />
            <source>引継資料が記録されていません（A17-6）。</source>
            <translation>No handover documents are recorded (A17-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="37" />
            <source>引継の確認（前任者・後任者）が済んでいません（A17-6）。</source>
            <translation>The handover is not confirmed by both sides (A17-6).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="66" />
            <source>県への報告日時が記録されていません（A20-1）。</source>
            <translation>The time of the report to the prefecture is not recorded (A20-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="80" />
            <source>使用した事故対応手順書が選ばれていません。</source>
            <translation>The incident runbook followed has not been selected.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="90" />
            <source>県への報告が記録されていません。</source>
            <translation>No report to the prefecture is recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="95" />
            <source>復旧後の報告が未提出です。</source>
            <translation>The post-recovery report has not been submitted.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="71" />
            <source>復旧後の報告（原因・回復方法・再発防止策）を県へ提出してください（A20-4）。</source>
            <translation>Submit the post-recovery report (cause, recovery method, prevention measures) to the prefecture (A20-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="77" />
            <source>証拠物件{i}件目のSHA-256に一致する証拠ファイルが添付されていません。</source>
            <translation>No attached evidence file matches the SHA-256 of evidence item {i}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="36" />
            <source>要改善ですが、改善の内容が記録されていません（A17-8）。</source>
            <translation>Improvement needed, but no improvement is recorded (A17-8).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="53" />
            <source>次回の点検予定日を過ぎています（A17-8）。</source>
            <translation>The next inspection date has passed (A17-8).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="54" />
            <source>次回の点検予定日が近づいています（A17-8）。</source>
            <translation>The next inspection is due soon (A17-8).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="64" />
            <source>作業結果が「要対応」または「不具合継続」です。</source>
            <translation>The result is "Follow-up needed" or "Problem persists".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="61" />
            <source>許可日が作業日より後になっています。許可を得る前に作業していないか確認してください。</source>
            <translation>The permission date is after the work date. Check that the work was not done before permission was given.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="81" />
            <source>次回の保守予定日を過ぎています。</source>
            <translation>The next planned maintenance is overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="81" />
            <source>次回の保守予定日が近づいています。</source>
            <translation>The next planned maintenance is due soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="64" />
            <source>この媒体を利用できる者が決められていません（A3-2-1）。</source>
            <translation>Nobody has been designated to use this medium (A3-2-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="67" />
            <source>施錠できる保管場所が記録されていません（A3-2-3）。</source>
            <translation>No lockable storage place is recorded (A3-2-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="87" />
            <source>持ち出した媒体の返却が記録されていません（A3-2-8）。</source>
            <translation>A medium taken out has not been recorded as returned (A3-2-8).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="57" />
            <source>県の情報を保存していますが、この媒体を対象とする使用の許可（有効期間内）がありません（A3-1）。</source>
            <translation>This medium holds prefecture data but no current permission to use it names it (A3-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="61" />
            <source>県の情報を保存する媒体に暗号化・パスワードの設定が記録されていません（A3-2-3）。</source>
            <translation>No encryption or password is recorded for a medium holding prefecture data (A3-2-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="74" />
            <source>持ち出してから{hours}時間を過ぎても返却が記録されていません。放置されていないか確認してください（A3-2-8）。</source>
            <translation>Taken out more than {hours} hours ago and not recorded as returned. Make sure it has not been left unattended (A3-2-8).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="119" />
            <source>送付の方法（親展・手渡し・暗号化）が記録されていません（A3-2-4）。</source>
            <translation>How it was sent (sealed, by hand, encrypted) is not recorded (A3-2-4).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="122" />
            <source>運搬の責任範囲と手順を県へ報告したことが記録されていません（A3-2-5）。</source>
            <translation>Reporting the transport's responsibilities and procedure to the prefecture is not recorded (A3-2-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="78" />
            <source>媒体「{ident}」は既に廃棄が記録されています。同じ媒体を二度廃棄することはできません。</source>
            <translation>Medium "{ident}" is already recorded as disposed of. A medium cannot be disposed of twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="82" />
            <source>媒体「{ident}」は廃棄済みのため、利用記録を追加できません。</source>
            <translation>Medium "{ident}" has been disposed of; no more events can be recorded for it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="137" />
            <source>ウイルス検査の製品名・パターン日付・結果が記録されていません（A3-2-9）。</source>
            <translation>The virus scan's product, pattern date or result is not recorded (A3-2-9).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="141" />
            <source>ウイルスが検出されています。この媒体で県へデータを渡さないでください（A3-2-9）。</source>
            <translation>Malware was found. Do not hand data to the prefecture on this medium (A3-2-9).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="128" />
            <source>消去の方法（使用したツール）または物理的破壊が記録されていません（{clause}）。</source>
            <translation>The erasure method (tool used) or physical destruction is not recorded ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="132" />
            <source>県職員の立会い（氏名・所属）が記録されていません（{clause}）。</source>
            <translation>The prefecture's witness (name and section) is not recorded ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="49" />
            <source>対策が実施されていないか、一部だけです（{clause}）。</source>
            <translation>The measure is not in place, or only partly ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="53" />
            <source>確認の根拠（証跡）が記録されていません（{clause}）。</source>
            <translation>No evidence of the check is recorded ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="72" />
            <source>次回の確認日を過ぎています（{clause}）。</source>
            <translation>The next check date has passed ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="73" />
            <source>次回の確認日が近づいています（{clause}）。</source>
            <translation>The next check is due soon ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="16" />
            <source>見直し予定日を過ぎています（A22）。</source>
            <translation>The review date has passed (A22).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="31" />
            <source>対策の見直し予定日を過ぎています（A22）。</source>
            <translation>A measure's review date has passed (A22).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="32" />
            <source>対策の見直し予定日が近づいています（A22）。</source>
            <translation>A measure's review date is near (A22).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="70" />
            <source>期間満了</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="105" />
            <source>県の許可の文書番号が記録されていません。</source>
            <translation>The prefecture's document number is not recorded.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="128" />
            <source>許可申請への県の回答が記録されていません。</source>
            <translation>No answer from the prefecture is recorded for the permission request.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="136" />
            <source>許可期間の満了が近づいています。</source>
            <translation>The permission period ends soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="143" />
            <source>許可期間の満了後にこの許可で行為が記録されています。</source>
            <translation>Acts are recorded under this permission after its period ended.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="88" />
            <source>申請から{days}日を過ぎても県の回答が記録されていません（{clause}）。</source>
            <translation>No answer from the prefecture is recorded {days} days after the request ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="95" />
            <source>許可期間（{end}まで）が満了しています。引き続き行う場合は改めて申請してください。</source>
            <translation>The permission period (until {end}) has ended. Apply again to continue.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="113" />
            <source>許可期間の満了後に、この許可で{n}件の行為が記録されています（{clause}）。</source>
            <translation>{n} acts are recorded under this permission after its period ended ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="102" />
            <source>許可期間が{end}に満了します。</source>
            <translation>The permission period ends on {end}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="105" />
            <source>手順書の見直し期限を過ぎています。</source>
            <translation>The runbook review is overdue.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="105" />
            <source>手順書の見直し期限が近づいています。</source>
            <translation>A runbook review is due soon.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="82" />
            <source>見直しの予定日（{due}）を過ぎています（A20-3）。</source>
            <translation>The review due on {due} is overdue (A20-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="91" />
            <source>手順の担当の役割が現在の管理体制にいません: {roles}</source>
            <translation>No one holds these step roles in the current management structure: {roles}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="111" />
            <source>「{type}」の事故対応手順書がありません（A20-2）。</source>
            <translation>There is no incident runbook for "{type}" (A20-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="95" />
            <source>ファイル共有ソフトが記録されています（A14-2）。</source>
            <translation>File-sharing software is recorded (A14-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="96" />
            <source>業務での使用が承認されていません（A14-2）。</source>
            <translation>Not approved for business use (A14-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="54" />
            <source>インストール数（{n}）が、情報機器台帳にある使用中・保管中の機器の台数（{have}台）を超えています。</source>
            <translation>The installations ({n}) exceed the equipment in use or stored in the equipment register ({have}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="69" />
            <source>ライセンス番号または証書が記録されていません（A14-1）。</source>
            <translation>No licence number or certificate is recorded (A14-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="73" />
            <source>ファイル共有ソフトは使用できません。アンインストールしてください（A14-2）。</source>
            <translation>File-sharing software must not be used. Uninstall it (A14-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="77" />
            <source>業務での使用が承認されていないソフトウェアです。不要ならアンインストールしてください（A14-2）。</source>
            <translation>This software is not approved for business use. Uninstall it if it is not needed (A14-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="66" />
            <location filename="../../desktop/registers/definitions/software.py" line="89" />
            <source>インストール数（{n}）が保有ライセンス数（{m}）を超えています（A14-1）。</source>
            <translation>Installations ({n}) exceed the licences held ({m}) (A14-1).</translation>
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
            <location filename="../../desktop/registers/definitions/structure.py" line="49" />
            <source>情報セキュリティ責任者が定められていません。</source>
            <translation>No information security officer has been appointed.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="52" />
            <source>障害時・事故時の連絡先が定められていません（A5-2-3、A17-7）。</source>
            <translation>No contacts for failures and incidents have been set (A5-2-3, A17-7).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="59" />
            <location filename="../../desktop/registers/definitions/structure.py" line="83" />
            <source>管理体制</source>
            <translation>Management structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="60" />
            <source>管理体制が登録されていません（A5-2-1、A9-1）。</source>
            <translation>No management structure is registered (A5-2-1, A9-1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="111" />
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="19" />
            <source>利用者登録状況の確認</source>
            <translation>User registration review</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="112" />
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="20" />
            <source>管理者の接続履歴の検査</source>
            <translation>Administrator connection-history inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="113" />
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="22" />
            <source>アクセス記録の分析</source>
            <translation>Access-record analysis</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="77" />
            <source>廃止されたシステムは選べません。稼働中または開発中のシステムを選んでください。</source>
            <translation>A retired system cannot be chosen. Choose a system in operation or in development.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="122" />
            <source>{what}の予定日が近づいています（{clause}）。</source>
            <translation>{what} is due soon ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="121" />
            <source>{what}の期限を過ぎています（{clause}）。</source>
            <translation>{what} is overdue ({clause}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="58" />
            <source>本アプリ自身を表すシステムは既に「{name}」として登録されています。</source>
            <translation>The system standing for this app is already registered as {name}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="150" />
            <source>システム管理者が登録されていません（A11-1-3）。</source>
            <translation>No system administrator is registered (A11-1-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="35" />
            <source>実施予定月を過ぎていますが、実施記録がありません（A17-5）。</source>
            <translation>The planned month has passed, but no training session is recorded (A17-5).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="52" />
            <source>予定月を過ぎた教育が未実施です。</source>
            <translation>Training past its planned month has not been held.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="52" />
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
            <location filename="../../desktop/registers/jsonio.py" line="202" />
            <source>ファイル全体</source>
            <translation>whole file</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="197" />
            <source>{label}は文字列で指定してください。</source>
            <translation>Give {label} as a string.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="59" />
            <source>{n}件目「{column}」: {message}</source>
            <translation>Record {n} “{column}”: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="188" />
            <source>{label}はオブジェクトの配列で指定してください。</source>
            <translation>Give {label} as an array of objects.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="190" />
            <source>{label}は配列（参照先の名前か ID）で指定してください。</source>
            <translation>Give {label} as an array (names of the referenced records or IDs).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="192" />
            <source>{label}は参照先の名前（文字列）か ID（整数）で指定してください。</source>
            <translation>Give {label} as the referenced record's name (a string) or ID (an integer).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="194" />
            <source>{label}は true か false で指定してください。</source>
            <translation>Give {label} as true or false.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="196" />
            <source>{label}は数値で指定してください。</source>
            <translation>Give {label} as a number.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="225" />
            <source>記録の配列か、"records" を持つオブジェクトを指定してください。</source>
            <translation>Give an array of records, or an object with "records".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="227" />
            <source>取り込む記録がありません。</source>
            <translation>There are no records to import.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="58" />
            <source>「{column}」: {message}</source>
            <translation>“{column}”: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="215" />
            <source>JSON の入れ子が深すぎます。</source>
            <translation>The JSON is nested too deeply.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="223" />
            <source>記録の配列（"records"）がありません。</source>
            <translation>There is no array of records ("records").</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="277" />
            <location filename="../../desktop/registers/jsonio.py" line="299" />
            <source>記録</source>
            <translation>record</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="277" />
            <source>記録はオブジェクト（{…}）で指定してください。</source>
            <translation>Give each record as an object ({…}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="299" />
            <source>空の記録です（値のある項目がありません）。</source>
            <translation>The record is empty (no field has a value).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="260" />
            <source>記録に項目がありません（オブジェクトの配列で指定してください）。</source>
            <translation>The records have no fields (give an array of objects).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="207" />
            <source>{line}行目に UTF-8 として読めない文字があります。JSON は UTF-8 で保存してください。</source>
            <translation>Line {line} has characters that are not UTF-8. Save JSON as UTF-8.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="212" />
            <source>JSON として読めません（{line}行目 {col}文字目: {reason}）。</source>
            <translation>Not readable as JSON (line {line}, column {col}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="219" />
            <source>このファイルは台帳「{other}」のものです（取り込み先: {slug}）。</source>
            <translation>This file belongs to the register “{other}” (importing into: {slug}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/jsonio.py" line="286" />
            <source>同じ項目が2つあります（「{other}」）。</source>
            <translation>The same field appears twice (“{other}”).</translation>
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
            <location filename="../../desktop/registers/migration.py" line="108" />
            <source>台帳の宣言と既存のマイグレーションに差分がないため、マイグレーションは作成しません。</source>
            <translation>The register declarations and the existing migrations do not differ, so no migration is written.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/migration.py" line="80" />
            <source>マイグレーション名は半角英小文字・数字・_ で、英字から始めてください（例: media_register）: {name}</source>
            <translation>A migration name uses lower-case letters, digits and _ and starts with a letter (e.g. media_register): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/migration.py" line="104" />
            <source>番号 {n} のマイグレーションがありません。</source>
            <translation>There is no migration numbered {n}.</translation>
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
            <location filename="../../desktop/registers/service.py" line="84" />
            <source>作成</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="84" />
            <source>更新</source>
            <translation>Updated</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="85" />
            <source>削除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="85" />
            <source>CSV取込で作成</source>
            <translation>Created by CSV import</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="86" />
            <source>添付ファイル追加</source>
            <translation>Attachment added</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="86" />
            <source>添付ファイル削除</source>
            <translation>Attachment removed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="87" />
            <source>添付ファイルを保存（書き出し）</source>
            <translation>Attachment saved (exported)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="382" />
            <location filename="../../desktop/registers/service.py" line="532" />
            <source>削除の理由を入力してください。</source>
            <translation>Please enter the reason for deleting.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="234" />
            <source>書き出しの理由を入力してください。</source>
            <translation>Enter the reason for the export.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="245" />
            <source>取扱注意の台帳を表示する理由を入力してください。</source>
            <translation>Enter the reason for showing the confidential register.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="232" />
            <source>「{label}」は取扱注意の台帳です。CSVへの書き出しは、管理者がその都度理由を入力して許可した場合だけできます。</source>
            <translation>"{label}" is a confidential register. It can be exported to CSV only when an administrator allows each export with a reason.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="238" />
            <source>「{label}」は取扱注意の台帳です。閲覧者の権限では表示できません。</source>
            <translation>"{label}" is a confidential register. The viewer role cannot show it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="254" />
            <source>「{label}」は取扱注意の台帳です。表示する理由を入力してから開いてください。</source>
            <translation>"{label}" is a confidential register. Enter a reason before opening it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="318" />
            <source>入力内容を確認してください（{n}件）: {first}</source>
            <translation>Please check your input ({n} problems): {first}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="428" />
            <location filename="../../desktop/registers/definitions/audits.py" line="113" />
            <location filename="../../desktop/registers/definitions/changes.py" line="146" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="124" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="107" />
            <source>添付ファイル</source>
            <translation>Attachments</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/service.py" line="389" />
            <source>この記録は次の記録から参照されているため削除できません: {where}</source>
            <translation>This record cannot be deleted because other records refer to it: {where}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="103" />
            <source>{label}の「{value}」が{target}に見つかりません。</source>
            <translation>{label}: "{value}" was not found in {target}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="170" />
            <source>{register}の記録が見つかりません（ID {id}）。</source>
            <translation>{register} record not found (ID {id}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="110" />
            <source>{label}の「{value}」に当てはまる{target}が複数あります（{key}が重複しています）。</source>
            <translation>{label}: "{value}" matches more than one record in {target} (duplicate {key}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/store.py" line="160" />
            <source>{label}の参照先（ID {id}）が見つかりません。</source>
            <translation>{label}: the referenced record (ID {id}) was not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="46" />
            <source>{label}を入力してください。</source>
            <translation>{label} is required.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="50" />
            <source>{label}は{limit}文字以内で入力してください（現在{n}文字）。</source>
            <translation>{label} must be at most {limit} characters (now {n}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="55" />
            <source>{label}の日付が正しくありません（例: 2025-04-01）。</source>
            <translation>{label}: the date is not valid (e.g. 2025-04-01).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="59" />
            <source>{label}の日付が正しくありません: {reason}</source>
            <translation>{label} is not a valid date: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="76" />
            <source>{label}の日時が正しくありません（例: 2025-04-01 09:30）。</source>
            <translation>{label}: the date and time are not valid (e.g. 2025-04-01 09:30).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="411" />
            <location filename="../../desktop/registers/xlsxio.py" line="331" />
            <location filename="../../desktop/registers/xlsxio.py" line="246" />
            <source>はい</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="411" />
            <location filename="../../desktop/registers/xlsxio.py" line="331" />
            <location filename="../../desktop/registers/xlsxio.py" line="246" />
            <source>いいえ</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="43" />
            <source>{label}を選択してください。</source>
            <translation>Please choose a value for {label}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="45" />
            <source>{label}を1件以上入力してください。</source>
            <translation>{label}: please enter at least one entry.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="248" />
            <source>{label}の「{value}」は選択肢にありません（{options}）。</source>
            <translation>{label}: "{value}" is not one of the choices ({options}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="415" />
            <source>{n}件</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="68" />
            <source>{label}に入力できない制御文字（U+{code:04X}）が含まれています。削除してから入力してください。</source>
            <translation>{label} contains a control character that cannot be entered (U+{code:04X}). Remove it and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="173" />
            <source>{label}には「はい」か「いいえ」を入力してください。</source>
            <translation>{label} must be "Yes" or "No".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="205" />
            <location filename="../../desktop/registers/values.py" line="226" />
            <location filename="../../desktop/registers/values.py" line="220" />
            <location filename="../../desktop/registers/values.py" line="214" />
            <source>{label}には数値を入力してください。</source>
            <translation>{label} must be a number.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="228" />
            <source>{label}の値が大きすぎます。</source>
            <translation>{label} is too large.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="230" />
            <source>{label}は{minimum}以上で入力してください。</source>
            <translation>{label} must be {minimum} or more.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="233" />
            <source>{label}は{maximum}以下で入力してください。</source>
            <translation>{label} must be {maximum} or less.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="265" />
            <location filename="../../desktop/registers/values.py" line="262" />
            <source>{label}の形式が正しくありません（JSONの配列で入力してください）。</source>
            <translation>{label} is not in the right format (enter a JSON array).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="269" />
            <source>{label}の{i}件目の形式が正しくありません。</source>
            <translation>{label}, entry {i}: the format is not valid.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="295" />
            <source>{label}の{i}件目: {message}</source>
            <translation>{label}, entry {i}: {message}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="138" />
            <source>{label}はSHA-256（16進数64桁）で入力してください。</source>
            <translation>{label} must be a SHA-256 (64 hexadecimal digits).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="223" />
            <location filename="../../desktop/registers/values.py" line="216" />
            <source>{label}には整数を入力してください。</source>
            <translation>{label} must be a whole number.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/values.py" line="276" />
            <source>{label}の{i}件目に不明な項目「{key}」があります。</source>
            <translation>{label}, entry {i}: unknown field "{key}".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="231" />
            <source>文字</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="253" />
            <source>一覧から選んでください。</source>
            <translation>Choose from the list.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="262" />
            <source>記入例です。この行は取り込まれません。</source>
            <translation>An example. This row is never imported.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="216" />
            <source>はい / いいえ</source>
            <translation>Yes / No</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="223" />
            <source>日付（2026-04-01、令和8年4月1日、R8.4.1 のいずれでも可）</source>
            <translation>Date (2026-04-01, 令和8年4月1日 or R8.4.1)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="224" />
            <source>日時（2026-04-01 13:30 など）</source>
            <translation>Date and time (e.g. 2026-04-01 13:30)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="225" />
            <source>数値</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="226" />
            <source>一覧から選択</source>
            <translation>Choose from the list</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="227" />
            <source>はい／いいえ</source>
            <translation>Yes/No</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="228" />
            <source>他の台帳の記録の名称</source>
            <translation>The name of a record in another register</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="229" />
            <source>他の台帳の記録の名称（複数は「、」で区切る）</source>
            <translation>Names of records in another register (separate several with 、)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="230" />
            <source>文章（改行可）</source>
            <translation>Text (line breaks allowed)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="212" />
            <source>列</source>
            <translation>Column</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="212" />
            <source>必須</source>
            <translation>Required</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="212" />
            <source>入力する内容</source>
            <translation>What to enter</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="212" />
            <source>選択肢</source>
            <translation>Choices</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="212" />
            <source>対応する条項</source>
            <translation>Clauses served</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="279" />
            <source>パスワードで保護されたブックは読み込めません。Excel でパスワードを解除して保存し直してください: {name}</source>
            <translation>A password-protected workbook cannot be read. Remove the password in Excel and save it again: {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="282" />
            <source>Excel ブック（.xlsx）として読めません: {name}</source>
            <translation>Cannot read this as an Excel workbook (.xlsx): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="519" />
            <source>シート「{sheet}」が空です（1行目に列名を書いてください）。</source>
            <translation>Sheet "{sheet}" is empty (write the column names in row 1).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="277" />
            <source>Excel 97-2003 形式（.xls）のブックは読み込めません。Excel で「名前を付けて保存」から「Excel ブック（.xlsx）」を選んで保存し直してください: {name}</source>
            <translation>Excel 97-2003 workbooks (.xls) cannot be read. In Excel, use Save As and choose "Excel Workbook (.xlsx)": {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="286" />
            <source>Excel ブック（.xlsx）として読めません（{reason}）: {name}</source>
            <translation>Cannot read this as an Excel workbook (.xlsx) ({reason}): {name}</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="459" />
            <source>ブックにシート「{sheet}」がありません（シート: {names}）。</source>
            <translation>The workbook has no sheet "{sheet}" (sheets: {names}).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="355" />
            <source>数式の計算結果が保存されていません。Excel で開いて保存し直すか、値を直接入力してください。</source>
            <translation>The formula's result was not saved. Open and save the workbook in Excel, or enter the value itself.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/xlsxio.py" line="504" />
            <source>シート「{sheet}」に {row} 行目の記録がありません。</source>
            <translation>Sheet "{sheet}" has no record in row {row}.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="87" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="35" />
            <source>従事者</source>
            <translation>Staff</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="90" />
            <source>委託業務の従事者名簿。名札・身分証明書の交付と、離任時の引継を記録します。</source>
            <translation>Roster of the people working on the contract. Records the issue of badges / ID cards and handovers when people leave.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="92" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="74" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="90" />
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="67" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="93" />
            <source>ふりがな</source>
            <translation>Name (kana)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="148" />
            <location filename="../../desktop/registers/definitions/staff.py" line="94" />
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="68" />
            <source>所属</source>
            <translation>Department</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="95" />
            <location filename="../../desktop/submittals/forms/staff_roster.py" line="69" />
            <source>担当業務</source>
            <translation>Duties</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="96" />
            <source>契約期間（開始）</source>
            <translation>Contract from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="97" />
            <source>契約期間（終了）</source>
            <translation>Contract to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="98" />
            <source>名札・身分証番号</source>
            <translation>Badge / ID card number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="99" />
            <source>名札・身分証の交付日</source>
            <translation>Badge issued on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="100" />
            <source>従事開始日</source>
            <translation>Started on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="101" />
            <source>従事終了日</source>
            <translation>Ended on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="102" />
            <source>在籍状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="33" />
            <source>従事中</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="34" />
            <source>離任</source>
            <translation>Left</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="84" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="75" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="101" />
            <source>備考</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="106" />
            <source>契約期間（終了）は契約期間（開始）以降の日付にしてください。</source>
            <translation>"Contract to" must be on or after "Contract from".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="108" />
            <source>従事終了日は従事開始日以降の日付にしてください。</source>
            <translation>"Ended on" must be on or after "Started on".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/staff.py" line="109" />
            <source>名札・身分証番号を入力した場合は交付日も入力してください。</source>
            <translation>If you enter a badge / ID card number, also enter the date it was issued.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="86" />
            <source>委託業務の管理体制・責任範囲・連絡体制。変更は新しい版として登録します。</source>
            <translation>Management structure, scope of responsibility and contacts for the contract. Register each change as a new version.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="88" />
            <source>適用開始日</source>
            <translation>Effective from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="89" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="80" />
            <source>体制の名称</source>
            <translation>Name of the structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="90" />
            <source>例: ○○システム保守業務 管理体制</source>
            <translation>e.g. ○○ system maintenance – management structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="91" />
            <source>契約名</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="92" />
            <source>改定理由</source>
            <translation>Reason for the revision</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="93" />
            <source>体制表</source>
            <translation>Members</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="21" />
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
            <location filename="../../desktop/registers/definitions/systems.py" line="177" />
            <source>システム管理者</source>
            <translation>System administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/_common.py" line="19" />
            <location filename="../../desktop/registers/definitions/audits.py" line="32" />
            <location filename="../../desktop/registers/definitions/other_measures.py" line="55" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="69" />
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
            <location filename="../../desktop/registers/definitions/changes.py" line="25" />
            <location filename="../../desktop/registers/definitions/documents.py" line="45" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="22" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="45" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="25" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="31" />
            <location filename="../../desktop/registers/definitions/media.py" line="24" />
            <location filename="../../desktop/registers/definitions/permissions.py" line="41" />
            <location filename="../../desktop/registers/definitions/software.py" line="38" />
            <location filename="../../desktop/registers/definitions/training_plans.py" line="16" />
            <source>その他</source>
            <translation>Other</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="22" />
            <source>氏名（従事者）</source>
            <translation>Name (staff)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="23" />
            <source>氏名（従事者以外）</source>
            <translation>Name (other)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="24" />
            <source>県の担当者や外部の連絡先など、従事者名簿にいない人</source>
            <translation>Someone not on the staff roster, e.g. a prefecture officer or an outside contact</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="25" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="75" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="91" />
            <source>所属・役職</source>
            <translation>Department / title</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="26" />
            <location filename="../../desktop/submittals/forms/management_structure.py" line="92" />
            <source>責任範囲</source>
            <translation>Scope of responsibility</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="27" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="76" />
            <source>電話番号</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="28" />
            <location filename="../../desktop/submittals/forms/contact_list.py" line="77" />
            <source>電子メール</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="29" />
            <source>連絡可能な時間帯</source>
            <translation>Reachable hours</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="30" />
            <source>連絡順位</source>
            <translation>Order of contact</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/structure.py" line="33" />
            <source>氏名（従事者）か氏名（従事者以外）のどちらかを入力してください。</source>
            <translation>Enter either "Name (staff)" or "Name (other)".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="120" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="118" />
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="73" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="128" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="38" />
            <source>情報機器</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="121" />
            <source>県の情報を記録した情報機器の台帳。物理的な保護措置と、定期的な存在確認の予定を管理します。</source>
            <translation>Register of equipment that holds prefecture data. Tracks physical protection and the schedule of regular equipment checks.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="123" />
            <source>資産番号</source>
            <translation>Asset number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="124" />
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
            <location filename="../../desktop/registers/definitions/equipment.py" line="125" />
            <source>メーカー</source>
            <translation>Maker</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="126" />
            <source>型番</source>
            <translation>Model</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="94" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="127" />
            <source>製造番号</source>
            <translation>Serial number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="128" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="72" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="85" />
            <source>設置場所</source>
            <translation>Location</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="129" />
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
            <location filename="../../desktop/registers/definitions/external_users.py" line="31" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="115" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="104" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="63" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="64" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="149" />
            <location filename="../../desktop/submittals/forms/media_register.py" line="65" />
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="38" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="76" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="54" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="55" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="67" />
            <source>なし</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="130" />
            <location filename="../../desktop/registers/definitions/media.py" line="116" />
            <source>県の情報の保存</source>
            <translation>Holds prefecture data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="95" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="131" />
            <location filename="../../desktop/registers/definitions/media.py" line="108" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="47" />
            <source>所有者</source>
            <translation>Owner</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="131" />
            <source>例: 石川県、当社、リース会社名</source>
            <translation>e.g. Ishikawa Prefecture, our company, a leasing company</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="186" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="132" />
            <source>管理担当者</source>
            <translation>Custodian</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="171" />
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="186" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="133" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="162" />
            <location filename="../../desktop/registers/definitions/media.py" line="117" />
            <location filename="../../desktop/registers/definitions/systems.py" line="174" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="148" />
            <location filename="../../desktop/submittals/forms/media_register.py" line="81" />
            <source>状態</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="31" />
            <location filename="../../desktop/registers/definitions/media.py" line="31" />
            <source>使用中</source>
            <translation>In use</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="32" />
            <location filename="../../desktop/registers/definitions/media.py" line="32" />
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
            <location filename="../../desktop/registers/definitions/media.py" line="34" />
            <source>廃棄済</source>
            <translation>Disposed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="35" />
            <source>返却済</source>
            <translation>Returned</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="166" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="134" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="158" />
            <source>登録日</source>
            <translation>Registered on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="135" />
            <source>存在確認の間隔</source>
            <translation>Check interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="137" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="86" />
            <source>最終確認日</source>
            <translation>Last checked on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="138" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="87" />
            <source>次回確認予定日</source>
            <translation>Next check due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="46" />
            <source>存在確認</source>
            <translation>Equipment checks</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="49" />
            <source>情報機器の存在を定期的に確認した記録。確認すると機器の次回確認予定日が更新されます。</source>
            <translation>Records of regular checks that equipment is where it should be. A check updates the equipment's next check date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="164" />
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="51" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="107" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="69" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="71" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="84" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="50" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="142" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="99" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="114" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="120" />
            <source>対象機器</source>
            <translation>Equipment</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="81" />
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="165" />
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="52" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="101" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="123" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="70" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="70" />
            <source>確認日</source>
            <translation>Checked on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="82" />
            <location filename="../../desktop/registers/definitions/brought_in.py" line="111" />
            <location filename="../../desktop/registers/definitions/changes.py" line="140" />
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="166" />
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="53" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="203" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="102" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="127" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="96" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="75" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="73" />
            <source>確認者</source>
            <translation>Confirmed by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="86" />
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="54" />
            <location filename="../../desktop/registers/definitions/inspections.py" line="81" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="103" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="129" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="89" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="74" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="62" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="76" />
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
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="55" />
            <source>確認した場所</source>
            <translation>Where it was seen</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="102" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="22" />
            <source>保守作業記録</source>
            <translation>Maintenance records</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="105" />
            <source>重要な情報を扱う情報機器の保守作業の記録。設定変更は県の許可番号・許可日を記録します。</source>
            <translation>Maintenance work on equipment that handles important information. Configuration changes record the prefecture's permission number and date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="108" />
            <source>作業開始日時</source>
            <translation>Started at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="109" />
            <source>作業終了日時</source>
            <translation>Ended at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="110" />
            <source>作業者（従事者）</source>
            <translation>Worker (staff)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="111" />
            <source>作業者（外部技術者）</source>
            <translation>Worker (outside engineer)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="112" />
            <source>メーカーの技術者など、従事者名簿にいない作業者（会社名・氏名）</source>
            <translation>A worker not on the staff roster, e.g. a manufacturer's engineer (company and name)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="113" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="101" />
            <source>作業区分</source>
            <translation>Kind of work</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="26" />
            <source>点検</source>
            <translation>Inspection</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="27" />
            <source>修理</source>
            <translation>Repair</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="28" />
            <source>部品交換</source>
            <translation>Parts replacement</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="21" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="29" />
            <location filename="../../desktop/registers/definitions/permissions.py" line="36" />
            <source>設定変更</source>
            <translation>Configuration change</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="30" />
            <source>ソフトウェア更新</source>
            <translation>Software update</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="114" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="47" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="103" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="67" />
            <source>作業内容</source>
            <translation>Work</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="115" />
            <source>作業結果</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="33" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="34" />
            <source>正常</source>
            <translation>Normal</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="35" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="17" />
            <source>要対応</source>
            <translation>Follow-up needed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="36" />
            <source>不具合継続</source>
            <translation>Problem persists</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="116" />
            <source>結果の詳細</source>
            <translation>Result details</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="117" />
            <source>次回予定日</source>
            <translation>Next planned on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="102" />
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="80" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="118" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="184" />
            <source>許可の記録</source>
            <translation>Permission</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="119" />
            <source>設定変更のときは県の許可（設定変更）の記録を選びます（A5-2-4）</source>
            <translation>For a configuration change, choose the prefecture's configuration-change permission (A5-2-4)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="104" />
            <location filename="../../desktop/registers/definitions/changes.py" line="137" />
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="201" />
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="82" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="207" />
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="231" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="120" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="186" />
            <source>許可の確認</source>
            <translation>Permission check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/model.py" line="79" />
            <source>許可あり</source>
            <translation>Covered</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/model.py" line="79" />
            <source>許可不要</source>
            <translation>Not needed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/model.py" line="79" />
            <source>許可なし</source>
            <translation>No permission</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/model.py" line="79" />
            <source>未許可</source>
            <translation>Not granted yet</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/model.py" line="79" />
            <source>不許可・取下げ</source>
            <translation>Denied or withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/model.py" line="79" />
            <source>種別違い</source>
            <translation>Wrong kind</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/model.py" line="79" />
            <source>期間外</source>
            <translation>Outside the period</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="49" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="16" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="18" />
            <source>対象外</source>
            <translation>Item not covered</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="121" />
            <source>許可番号</source>
            <translation>Permission number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="122" />
            <source>許可の記録がない古い記録の許可番号</source>
            <translation>Permission number on older records without a linked permission</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="123" />
            <source>許可日</source>
            <translation>Permission date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="128" />
            <source>作業終了日時は作業開始日時より後にしてください。</source>
            <translation>"Ended at" must be after "Started at".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="129" />
            <source>作業者（従事者）か作業者（外部技術者）のどちらかを入力してください。</source>
            <translation>Enter either "Worker (staff)" or "Worker (outside engineer)".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="131" />
            <source>次回予定日は作業開始日以降の日付にしてください。</source>
            <translation>"Next planned on" must be on or after the start of the work.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="133" />
            <source>許可番号と許可日は両方を入力してください。</source>
            <translation>Enter both the permission number and the permission date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="180" />
            <source>データ交換</source>
            <translation>Data exchanges</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="183" />
            <source>外部とのデータ交換の記録。先に交換日程を登録し、交換後にファイルの照合と保存領域からの削除を確認します。</source>
            <translation>Records of data exchanged with outside parties. Register the schedule first; after the exchange, verify the file and confirm its deletion from the storage area.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="185" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="177" />
            <source>交換予定日</source>
            <translation>Planned date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="186" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="178" />
            <source>日程の登録日時</source>
            <translation>Schedule recorded at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="187" />
            <source>相手方</source>
            <translation>Counterpart</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="188" />
            <source>送受の別</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="34" />
            <source>送付（提供）</source>
            <translation>Send</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="35" />
            <source>受領</source>
            <translation>Receive</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="189" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="159" />
            <source>交換方法</source>
            <translation>Method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="38" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="38" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="246" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="21" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="21" />
            <source>LGWAN</source>
            <translation>LGWAN</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="39" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="20" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="154" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="95" />
            <source>専用線</source>
            <translation>Dedicated line</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="40" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="40" />
            <source>VPN</source>
            <translation>VPN</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="41" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="41" />
            <source>SFTP</source>
            <translation>SFTP</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="42" />
            <source>電子メール（暗号化）</source>
            <translation>Encrypted e-mail</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="43" />
            <source>ファイル交換サービス</source>
            <translation>File exchange service</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="44" />
            <source>媒体の手渡し</source>
            <translation>Media by hand</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="190" />
            <source>使用回線・通信手段</source>
            <translation>Line / channel</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="191" />
            <source>保存領域</source>
            <translation>Designated storage area</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="192" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="160" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="180" />
            <source>交換データの内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="193" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="157" />
            <source>交換日時</source>
            <translation>Exchanged at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="194" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="181" />
            <source>実施者</source>
            <translation>Handled by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="68" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="195" />
            <location filename="../../desktop/submittals/forms/handover.py" line="34" />
            <source>ファイル名</source>
            <translation>File name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="196" />
            <source>ファイルサイズ（当方計算）</source>
            <translation>File size (computed)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="198" />
            <source>SHA-256（当方計算）</source>
            <translation>SHA-256 (computed)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="199" />
            <source>相手方申告のファイルサイズ</source>
            <translation>Reported size</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="200" />
            <source>相手方申告のSHA-256</source>
            <translation>Reported SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="201" />
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="146" />
            <source>照合結果</source>
            <translation>Verification</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="48" />
            <source>一致</source>
            <translation>Match</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="49" />
            <source>不一致</source>
            <translation>Mismatch</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="50" />
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="31" />
            <source>未照合</source>
            <translation>Not verified</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="202" />
            <source>削除確認日</source>
            <translation>Deletion confirmed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="204" />
            <location filename="../../desktop/registers/definitions/permissions.py" line="39" />
            <source>第三者への提供</source>
            <translation>Given to a third party</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="205" />
            <source>県の了解（許可）</source>
            <translation>Prefecture's consent (permission)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="206" />
            <source>第三者への提供は県の了解（第三者への提供）の記録を選びます（A12-7）</source>
            <translation>When giving data to a third party, choose the prefecture's third-party permission (A12-7)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="56" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="208" />
            <source>中止</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="138" />
            <location filename="../../desktop/registers/definitions/data_errors.py" line="81" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="209" />
            <location filename="../../desktop/registers/definitions/permissions.py" line="160" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="57" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="78" />
            <source>状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="28" />
            <location filename="../../desktop/registers/definitions/exchanges.py" line="53" />
            <source>予定</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="54" />
            <source>交換済</source>
            <translation>Exchanged</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="55" />
            <source>削除確認済</source>
            <translation>Deletion confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="213" />
            <source>交換日時か交換予定日のどちらかを入力してください。</source>
            <translation>Enter either "Exchanged at" or "Planned date".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="215" />
            <source>交換日時を入力した場合は実施者を選択してください。</source>
            <translation>When "Exchanged at" is entered, choose who handled it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="216" />
            <source>削除確認日は交換日以降の日付にしてください。</source>
            <translation>"Deletion confirmed on" must be on or after the exchange date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="217" />
            <source>削除確認日は交換日時を入力してから記録してください。</source>
            <translation>Enter "Exchanged at" before recording the deletion.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="218" />
            <source>削除確認日と確認者は両方を入力してください。</source>
            <translation>Enter both the deletion date and who confirmed it.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="220" />
            <source>県の了解は「第三者への提供」が「はい」のときに選びます。</source>
            <translation>Choose the prefecture's consent only when "Given to a third party" is yes.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="145" />
            <location filename="../../desktop/registers/definitions/training_plans.py" line="71" />
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="44" />
            <source>教育計画</source>
            <translation>Training plans</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="74" />
            <source>年度ごとの教育計画。運用方法や操作手順が変わるときは、その教育も計画します。</source>
            <translation>Training plans for each fiscal year. When operations or procedures change, plan training for that too.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="76" />
            <source>年度</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="77" />
            <source>4月始まりの年度を西暦で（例: 2025 = 令和7年度）</source>
            <translation>Fiscal year starting in April, as a Western year (e.g. 2025 = 令和7年度)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="78" />
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="45" />
            <location filename="../../desktop/submittals/forms/training_plan.py" line="75" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="94" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="77" />
            <source>テーマ</source>
            <translation>Theme</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="79" />
            <location filename="../../desktop/submittals/forms/training_plan.py" line="76" />
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
            <location filename="../../desktop/registers/definitions/training_plans.py" line="80" />
            <location filename="../../desktop/submittals/forms/training_plan.py" line="77" />
            <source>対象者</source>
            <translation>Who should attend</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="81" />
            <location filename="../../desktop/submittals/forms/training_plan.py" line="74" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="77" />
            <source>実施予定月</source>
            <translation>Planned month</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_plans.py" line="82" />
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="47" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="89" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="76" />
            <location filename="../../desktop/submittals/forms/training_plan.py" line="78" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="96" />
            <source>内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="38" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="15" />
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
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="107" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="93" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="77" />
            <source>実施日</source>
            <translation>Held on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="46" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="95" />
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
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="60" />
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
            <location filename="../../desktop/registers/definitions/runbooks.py" line="127" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="14" />
            <source>事故対応手順書</source>
            <translation>Incident runbooks</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="130" />
            <source>事故の種類ごとの対応手順（原因究明・証拠の収集と保管・復旧手順）。定期的に見直します。</source>
            <translation>Response procedures for each type of incident (cause investigation, evidence collection and storage, recovery). Review them regularly.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="132" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="54" />
            <source>手順書名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="122" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="133" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="67" />
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
            <location filename="../../desktop/registers/definitions/documents.py" line="64" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="134" />
            <location filename="../../desktop/submittals/forms/documents_list.py" line="54" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="56" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="56" />
            <source>版</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="234" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="135" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="57" />
            <source>最終見直し日</source>
            <translation>Last reviewed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="192" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="136" />
            <source>見直し間隔</source>
            <translation>Review interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="235" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="138" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="59" />
            <source>次回見直し期限</source>
            <translation>Next review due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="139" />
            <source>手順</source>
            <translation>Steps</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="128" />
            <location filename="../../desktop/registers/definitions/disposals.py" line="121" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="156" />
            <location filename="../../desktop/registers/definitions/runbooks.py" line="46" />
            <location filename="../../desktop/submittals/forms/change_log.py" line="75" />
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="109" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="82" />
            <source>区分</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="38" />
            <source>原因究明</source>
            <translation>Cause investigation</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="39" />
            <source>証拠の収集・保管</source>
            <translation>Evidence collection and storage</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="40" />
            <source>復旧手順</source>
            <translation>Recovery procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="48" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="68" />
            <source>担当する役割</source>
            <translation>Responsible role</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="49" />
            <source>管理体制の役割から選びます</source>
            <translation>Choose from the roles in the management structure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="50" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="72" />
            <source>補足</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="143" />
            <source>手順には「原因究明」「証拠の収集・保管」「復旧手順」のすべてを含めてください。</source>
            <translation>The steps must cover all of "Cause investigation", "Evidence collection and storage" and "Recovery procedure".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="179" />
            <location filename="../../desktop/registers/definitions/incidents.py" line="116" />
            <source>事故記録</source>
            <translation>Security incidents</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="119" />
            <source>情報セキュリティ事故の記録。経過・証拠物件・復旧確認と、原因・回復方法・再発防止策を記録します。</source>
            <translation>Records of information security incidents: timeline, evidence, confirmation of recovery, cause, recovery method and prevention measures.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="121" />
            <location filename="../../desktop/registers/definitions/permissions.py" line="180" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="66" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="69" />
            <source>件名</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="123" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="68" />
            <source>発見日時</source>
            <translation>Detected at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="124" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="69" />
            <source>県への報告日時</source>
            <translation>Reported to the prefecture at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="125" />
            <source>報告先</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="125" />
            <source>例: 石川県 総務部 情報政策課 ○○様</source>
            <translation>e.g. Mr/Ms ○○, Information Policy Division, General Affairs Department, Ishikawa Prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="126" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="70" />
            <source>影響を受けたシステム</source>
            <translation>Affected systems</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="127" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="71" />
            <source>影響を受けたデータ</source>
            <translation>Affected data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="128" />
            <source>使用した手順書</source>
            <translation>Runbook followed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="129" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="72" />
            <source>対応状況</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="35" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="23" />
            <source>対応中</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="36" />
            <source>復旧済</source>
            <translation>Recovered</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="37" />
            <source>完了（報告済）</source>
            <translation>Closed (reported)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="44" />
            <location filename="../../desktop/registers/definitions/incidents.py" line="130" />
            <source>経過</source>
            <translation>Timeline</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="43" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="180" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="88" />
            <source>日時</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="45" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="88" />
            <source>記録者</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="52" />
            <location filename="../../desktop/registers/definitions/incidents.py" line="131" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="108" />
            <source>証拠物件</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="53" />
            <source>収集日時</source>
            <translation>Collected at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="54" />
            <source>収集者</source>
            <translation>Collected by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="55" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="110" />
            <location filename="../../desktop/submittals/forms/passphrase_sheet.py" line="70" />
            <location filename="../../desktop/submittals/forms/recovery_sheet.py" line="114" />
            <source>保管場所</source>
            <translation>Where it is kept</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="56" />
            <location filename="../../desktop/registers/definitions/incidents.py" line="56" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="111" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="57" />
            <source>証拠ファイルを添付すると自動で計算されます。添付できない物件は別途計算した値を入力します</source>
            <translation>Calculated automatically when the evidence file is attached. For items that cannot be attached, enter a value calculated separately</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="58" />
            <source>保管・受渡しの記録</source>
            <translation>Chain of custody</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="132" />
            <source>証拠ファイル</source>
            <translation>Evidence files</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="133" />
            <source>復旧確認者</source>
            <translation>Recovery confirmed by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="134" />
            <source>復旧確認日時</source>
            <translation>Recovery confirmed at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="135" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="158" />
            <source>原因</source>
            <translation>Cause</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="136" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="158" />
            <source>回復方法</source>
            <translation>Recovery method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="137" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="159" />
            <source>再発防止策</source>
            <translation>Prevention measures</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="138" />
            <source>二次被害の有無・内容</source>
            <translation>Secondary damage</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="139" />
            <source>例: 二次被害は確認されていない／不正利用の有無を調査中</source>
            <translation>e.g. no secondary damage found / misuse still being investigated</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="140" />
            <source>影響を受けた人への対応</source>
            <translation>Response to the people affected</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="141" />
            <source>本人への連絡・お詫び・問合せ窓口など</source>
            <translation>notice and apology to the people affected, an enquiry desk, …</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="142" />
            <source>公表の有無・内容</source>
            <translation>Publication</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="143" />
            <source>県と協議した公表の有無・時期・方法</source>
            <translation>whether, when and how it is made public, as agreed with the prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="147" />
            <source>県への報告日時は発見日時以降にしてください。</source>
            <translation>"Reported to the prefecture at" must be on or after "Detected at".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="148" />
            <source>復旧確認日時は発見日時以降にしてください。</source>
            <translation>"Recovery confirmed at" must be on or after "Detected at".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="150" />
            <source>復旧確認者と復旧確認日時は両方を入力してください。</source>
            <translation>Enter both who confirmed the recovery and when.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="152" />
            <source>「復旧済」「完了」にするには復旧確認（確認者・日時）を入力してください。</source>
            <translation>To set "Recovered" or "Closed", enter the recovery confirmation (who and when).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="154" />
            <source>「完了」にするには原因を入力してください。</source>
            <translation>Enter the cause before setting "Closed".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="155" />
            <source>「完了」にするには回復方法を入力してください。</source>
            <translation>Enter the recovery method before setting "Closed".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/incidents.py" line="156" />
            <source>「完了」にするには再発防止策を入力してください。</source>
            <translation>Enter the prevention measures before setting "Closed".</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="101" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="44" />
            <source>外部記憶媒体</source>
            <translation>External media</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="104" />
            <source>USBメモリなど外部記憶媒体の台帳。利用できる者、施錠保管の場所、暗号化を記録し、利用記録から状態を更新します。</source>
            <translation>External media such as USB memory: who may use them, where they are locked away, encryption; their status follows their events.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="106" />
            <source>管理番号</source>
            <translation>Identifier</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="183" />
            <location filename="../../desktop/registers/definitions/media.py" line="107" />
            <location filename="../../desktop/submittals/forms/documents_list.py" line="53" />
            <source>種類</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="20" />
            <source>USBメモリ</source>
            <translation>USB memory</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="21" />
            <source>外付けディスク</source>
            <translation>External disk</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="22" />
            <source>光ディスク（CD・DVD等）</source>
            <translation>Optical disc</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="23" />
            <source>磁気テープ</source>
            <translation>Tape</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="20" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="160" />
            <location filename="../../desktop/registers/definitions/equipment.py" line="164" />
            <location filename="../../desktop/registers/definitions/media.py" line="27" />
            <source>当社</source>
            <translation>Our office</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="28" />
            <source>県</source>
            <translation>The prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="109" />
            <source>メーカー・型番</source>
            <translation>Maker / model</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="110" />
            <source>容量</source>
            <translation>Capacity</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="110" />
            <source>例: 64GB</source>
            <translation>e.g. 64GB</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="111" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="46" />
            <location filename="../../desktop/submittals/forms/media_register.py" line="52" />
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="33" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="41" />
            <source>暗号化</source>
            <translation>Encrypted</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="112" />
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="33" />
            <source>パスワード設定</source>
            <translation>Password set</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="113" />
            <location filename="../../desktop/submittals/forms/media_register.py" line="78" />
            <source>保管場所（施錠）</source>
            <translation>Locked storage place</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="114" />
            <source>例: 運用室 施錠キャビネットA-2</source>
            <translation>e.g. operations room, locked cabinet A-2</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="115" />
            <location filename="../../desktop/submittals/forms/media_register.py" line="79" />
            <source>利用できる者</source>
            <translation>Permitted users</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="118" />
            <source>利用記録（持出し・返却・廃棄など）を登録すると更新されます</source>
            <translation>Updated when events (take-out, return, disposal…) are recorded</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="33" />
            <source>持出し中</source>
            <translation>Taken out</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="35" />
            <source>再利用（消去済）</source>
            <translation>Erased for reuse</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="74" />
            <location filename="../../desktop/registers/definitions/media.py" line="119" />
            <source>持出し日時</source>
            <translation>Out since</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="174" />
            <source>許可・了解の申請</source>
            <translation>Permission requests</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="177" />
            <source>県への許可・了解の申請と回答の記録。媒体の利用、情報や機器の持出し、設定変更などはここで許可を得てから行います。</source>
            <translation>Requests for the prefecture's permission and its answers. Media use, taking information or equipment out, configuration changes and the like are permitted here first.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="179" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="68" />
            <source>申請の種別</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="32" />
            <source>外部記憶媒体の使用</source>
            <translation>Use of external media</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="33" />
            <source>媒体の複製・送付・持出し・廃棄</source>
            <translation>Copying, sending, taking out or disposing of media</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="34" />
            <source>情報の持出し</source>
            <translation>Taking information out</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="68" />
            <location filename="../../desktop/registers/definitions/permissions.py" line="35" />
            <source>情報機器の持出し</source>
            <translation>Taking equipment out</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="37" />
            <source>持込機器の接続</source>
            <translation>Connecting a brought-in device</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="38" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="70" />
            <source>本番データのテスト利用</source>
            <translation>Production data as test data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="40" />
            <source>重要情報の複製・送信</source>
            <translation>Copying or sending important information</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="98" />
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="78" />
            <location filename="../../desktop/registers/definitions/permissions.py" line="181" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="48" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="70" />
            <source>目的</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="182" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="71" />
            <source>範囲・内容</source>
            <translation>Scope and details</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="183" />
            <source>対象となる情報・作業の範囲、方法、場所など</source>
            <translation>The information and work concerned: scope, method, place</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="184" />
            <source>期間（開始）</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="185" />
            <source>期間（終了）</source>
            <translation>Period to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="186" />
            <source>対象の従事者</source>
            <translation>Staff concerned</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="187" />
            <source>対象の情報機器</source>
            <translation>Equipment concerned</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="188" />
            <source>対象の外部記憶媒体</source>
            <translation>Media concerned</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="161" />
            <source>期間を過ぎた許可は「期間満了」と表示されます</source>
            <translation>A permission past its period is shown as Expired</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="48" />
            <source>下書き</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="49" />
            <source>申請中</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="50" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="23" />
            <source>許可</source>
            <translation>Granted</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="51" />
            <source>条件付き許可</source>
            <translation>Granted with conditions</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="52" />
            <source>不許可</source>
            <translation>Denied</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="53" />
            <source>取下げ</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="190" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="75" />
            <source>申請者</source>
            <translation>Applicant</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="191" />
            <location filename="../../desktop/submittals/forms/permission_application.py" line="74" />
            <source>申請番号</source>
            <translation>Application number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="192" />
            <source>申請日</source>
            <translation>Submitted on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="193" />
            <source>県の許可番号</source>
            <translation>Prefecture's number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="194" />
            <source>回答日</source>
            <translation>Answered on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="195" />
            <source>許可者</source>
            <translation>Granted by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="195" />
            <source>例: 石川県 総務部 情報政策課長</source>
            <translation>e.g. Head of the Information Policy Division, Ishikawa Prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="196" />
            <source>許可の条件</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="197" />
            <source>添付ファイル（回答書など）</source>
            <translation>Attachments (the signed answer…)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="201" />
            <source>期間（終了）は期間（開始）以降の日付にしてください。</source>
            <translation>The period's end must not be before its start.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="202" />
            <source>回答日は申請日を入力してから記録してください（申請前の回答は記録できません）。</source>
            <translation>Enter the submission date before the answer date (an answer cannot precede the request).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="204" />
            <source>回答日は申請日以降の日付にしてください。</source>
            <translation>The answer date must not be before the submission date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="205" />
            <source>「申請中」以降の状況にするには申請日を入力してください。</source>
            <translation>Enter the submission date to set the status to Submitted or later.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="207" />
            <source>許可・条件付き許可・不許可を記録するには回答日を入力してください。</source>
            <translation>Enter the answer date to record Granted, Granted with conditions or Denied.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="209" />
            <source>回答日を記録した申請は、状況を許可・条件付き許可・不許可・取下げのいずれかにしてください。</source>
            <translation>A request with an answer date must be Granted, Granted with conditions, Denied or Withdrawn.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="211" />
            <source>条件付き許可の場合は許可の条件を入力してください。</source>
            <translation>Enter the conditions for a permission granted with conditions.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="173" />
            <source>媒体の利用記録</source>
            <translation>Media events</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="176" />
            <source>媒体の複製・送付・運搬・持出し・返却・廃棄・ウイルス検査の記録。許可が必要な行為は許可の記録を選びます。</source>
            <translation>Copies, sends, transports, take-outs, returns, disposals and virus scans of media. Acts that need permission link one.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="178" />
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="36" />
            <source>媒体</source>
            <translation>Medium</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="29" />
            <source>複製</source>
            <translation>Copy</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="30" />
            <source>送付</source>
            <translation>Send</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="31" />
            <source>運搬</source>
            <translation>Transport</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="32" />
            <source>持出し</source>
            <translation>Take-out</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="33" />
            <source>返却・戻し</source>
            <translation>Return</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="34" />
            <source>保管確認</source>
            <translation>Storage check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="35" />
            <source>再利用（消去）</source>
            <translation>Reuse (erased)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="20" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="36" />
            <source>廃棄</source>
            <translation>Disposal</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="37" />
            <source>ウイルス検査</source>
            <translation>Virus scan</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="182" />
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="42" />
            <source>目的・内容</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="183" />
            <source>送付先・持出し先</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="185" />
            <source>複製・送付・運搬・持出し・再利用・廃棄は県の許可の記録を選びます（A3-2-2）</source>
            <translation>Copy, send, transport, take-out, reuse and disposal link the prefecture's permission (A3-2-2)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="187" />
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="43" />
            <source>送付の方法</source>
            <translation>Protection when sending</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="44" />
            <source>親展（封緘）</source>
            <translation>Sealed, addressee only</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="45" />
            <source>手渡し</source>
            <translation>By hand</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="188" />
            <source>運搬の責任範囲・手順を報告済</source>
            <translation>Transport procedure reported</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="189" />
            <source>運搬の責任範囲・手順</source>
            <translation>Transport responsibility and procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="191" />
            <source>消去の方法</source>
            <translation>Erasure method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="24" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="49" />
            <source>電磁的消去（ツール使用）</source>
            <translation>Electromagnetic erasure (tool)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="25" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="50" />
            <source>物理的破壊</source>
            <translation>Physical destruction</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="126" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="192" />
            <source>使用した消去ツール</source>
            <translation>Erasure tool</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="193" />
            <source>立会者（県職員）氏名</source>
            <translation>Witness (prefecture) name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="131" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="194" />
            <source>立会者の所属</source>
            <translation>Witness's section</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="195" />
            <source>消去の証跡</source>
            <translation>Erasure evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="106" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="196" />
            <source>ウイルス対策製品</source>
            <translation>Anti-virus product</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="107" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="197" />
            <source>パターンファイルの日付</source>
            <translation>Pattern file date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="174" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="198" />
            <source>検査結果</source>
            <translation>Scan result</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="31" />
            <location filename="../../desktop/registers/definitions/media_events.py" line="53" />
            <source>検出なし</source>
            <translation>Nothing found</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media_events.py" line="54" />
            <source>検出あり</source>
            <translation>Malware found</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="71" />
            <source>情報機器を設置場所から持ち出した記録。県の許可を選び、戻った日時を記録します。</source>
            <translation>Equipment taken out of its place: the prefecture's permission and when it came back.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="75" />
            <source>返却予定日</source>
            <translation>Planned back on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="76" />
            <source>返却日時</source>
            <translation>Back at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="77" />
            <source>持出し先</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="79" />
            <source>持出し者</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="81" />
            <source>情報機器の持出しの許可の記録を選びます（A5-1-2）</source>
            <translation>Choose the permission to take equipment out (A5-1-2)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="86" />
            <source>返却日時は持出し日時より後にしてください。</source>
            <translation>The return must be after the take-out.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment_moves.py" line="87" />
            <source>返却予定日は持出し日以降の日付にしてください。</source>
            <translation>The planned return date must not be before the take-out date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="115" />
            <source>情報機器の廃棄・返却</source>
            <translation>Equipment disposals</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="118" />
            <source>情報機器を廃棄またはリース返却したときの記録。データの消去・破壊の方法、ソフトウェアのアンインストール、立会者を記録します。</source>
            <translation>Equipment disposed of or returned at lease end: how data was erased or destroyed, software uninstalled, the witness.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="21" />
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="109" />
            <source>リース返却</source>
            <translation>Lease return</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="122" />
            <source>実施日（予定日）</source>
            <translation>Date (planned date)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="123" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="40" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="44" />
            <source>実施済</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="124" />
            <source>実施したら「はい」にします。機器の状態が廃棄済・返却済になります</source>
            <translation>Set to yes once done; the equipment becomes Disposed or Returned</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="125" />
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="110" />
            <source>消去・破壊の方法</source>
            <translation>Erasure / destruction</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="26" />
            <source>消去後に物理的破壊</source>
            <translation>Erasure, then destruction</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="127" />
            <source>県のソフトウェアをアンインストール済</source>
            <translation>Prefecture software uninstalled</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="129" />
            <source>実施業者</source>
            <translation>Done by (contractor)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="130" />
            <source>立会者氏名</source>
            <translation>Witness name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="132" />
            <source>証明書</source>
            <translation>Certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/disposals.py" line="133" />
            <source>廃棄前の機器の状態</source>
            <translation>Equipment status before</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="88" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="117" />
            <source>持込機器</source>
            <translation>Brought-in devices</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="91" />
            <source>業務の場所へ持ち込んでネットワークに接続する機器の記録。県の許可、ウイルス対策・修正プログラムの確認と確認者を記録します。</source>
            <translation>Devices brought into the workplace and connected to its networks: the prefecture's permission, anti-virus and patch checks, and who confirmed them.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="93" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="44" />
            <source>機器（名称・型番）</source>
            <translation>Device</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="96" />
            <source>個人所有の機器は持ち込めません（A8-3）</source>
            <translation>Personal devices may not be brought in (A8-3)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="21" />
            <source>他社（メーカー・協力会社）</source>
            <translation>Another company</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="22" />
            <source>個人所有</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="97" />
            <source>所有者名（会社名）</source>
            <translation>Owner name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="99" />
            <source>持込期間（開始）</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="100" />
            <source>持込期間（終了）</source>
            <translation>Period to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="101" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="50" />
            <source>接続するネットワーク</source>
            <translation>Networks connected to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="103" />
            <source>持込機器の接続の許可の記録を選びます（A8-1）</source>
            <translation>Choose the permission to connect a brought-in device (A8-1)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="105" />
            <source>ウイルス対策ソフト導入</source>
            <translation>Anti-virus installed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="108" />
            <source>修正プログラム適用</source>
            <translation>Patches applied</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="109" />
            <source>修正プログラムの適用日</source>
            <translation>Patches applied on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="110" />
            <location filename="../../desktop/registers/definitions/other_measures.py" line="47" />
            <source>その他の対策</source>
            <translation>Other measures</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="112" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="97" />
            <source>確認日時</source>
            <translation>Confirmed at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="116" />
            <source>持込期間（終了）は持込期間（開始）以降の日付にしてください。</source>
            <translation>The end of the period must not be before its start.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="117" />
            <source>ウイルス対策ソフト導入を「はい」にした場合は製品名を入力してください。</source>
            <translation>Enter the anti-virus product when anti-virus is marked installed.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="119" />
            <source>修正プログラム適用を「はい」にした場合は適用日を入力してください。</source>
            <translation>Enter the date when patches are marked applied.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="121" />
            <source>確認者と確認日時は両方を入力してください。</source>
            <translation>Enter both who confirmed and when.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="164" />
            <source>管理対象システム</source>
            <translation>Systems</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="167" />
            <source>当社が開発・運用・保守する県のシステム。利用者ID・確認・外部接続・開発の記録がここを参照します。確認の種類ごとの間隔から、次の確認の期限を出します。</source>
            <translation>The prefecture's systems we develop, operate or maintain. User IDs, reviews, external users and development records refer to them; the interval per kind of review gives the next review's due date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="170" />
            <source>システム名</source>
            <translation>System name</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="163" />
            <location filename="../../desktop/registers/definitions/systems.py" line="171" />
            <source>用途</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="172" />
            <source>重要な情報を扱う</source>
            <translation>Handles important information</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="173" />
            <source>当社の役割</source>
            <translation>Our role</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="24" />
            <source>開発</source>
            <translation>Develops</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="25" />
            <source>運用</source>
            <translation>Operates</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="26" />
            <source>保守</source>
            <translation>Maintains</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="27" />
            <source>開発・運用</source>
            <translation>Develops and operates</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="28" />
            <source>運用・保守</source>
            <translation>Operates and maintains</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="29" />
            <source>開発・運用・保守</source>
            <translation>Develops, operates and maintains</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="52" />
            <location filename="../../desktop/registers/definitions/systems.py" line="32" />
            <source>開発中</source>
            <translation>In development</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="33" />
            <source>稼働中</source>
            <translation>In operation</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="34" />
            <source>廃止</source>
            <translation>Retired</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="175" />
            <source>廃止日</source>
            <translation>Retired on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="176" />
            <source>稼働する機器</source>
            <translation>Runs on (equipment)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="178" />
            <source>本アプリ自身</source>
            <translation>This app itself</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="179" />
            <source>この委託セキュリティ台帳を表すシステムのときに選びます（1件だけ）</source>
            <translation>Choose when the system is this app itself (one record only)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="180" />
            <source>利用者登録状況の確認の間隔</source>
            <translation>Registration review interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="182" />
            <source>管理者接続履歴の検査の間隔</source>
            <translation>Admin connection-history inspection interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="184" />
            <source>アクセス記録の分析の間隔</source>
            <translation>Access-record analysis interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="186" />
            <source>重要な情報を扱うシステムだけが対象です（A19-1）</source>
            <translation>Only for systems with important information (A19-1)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="190" />
            <source>状態を「廃止」にするときは廃止日を入力してください。</source>
            <translation>Enter the retirement date when the status is Retired.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="192" />
            <source>廃止日は状態が「廃止」のときだけ入力してください。</source>
            <translation>Enter a retirement date only when the status is Retired.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="148" />
            <source>利用者ID台帳</source>
            <translation>User IDs</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="151" />
            <source>管理対象システムの利用者IDの台帳。ID は一人ひとりに割り当て、承認を得て登録し、不要になったら削除します。名義人が離任したのに残っている ID を知らせます。</source>
            <translation>The user IDs on the systems we run: one per person, registered with approval, deleted when no longer needed. IDs whose holder has left are pointed out.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="77" />
            <location filename="../../desktop/registers/definitions/accounts.py" line="154" />
            <location filename="../../desktop/registers/definitions/changes.py" line="125" />
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="182" />
            <location filename="../../desktop/registers/definitions/documents.py" line="185" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="146" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="124" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="134" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="143" />
            <location filename="../../desktop/submittals/forms/change_log.py" line="74" />
            <source>システム</source>
            <translation>System</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="155" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="151" />
            <source>利用者ID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="156" />
            <source>名義人（従事者）</source>
            <translation>Holder (staff)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="157" />
            <source>名義人（外部の者）</source>
            <translation>Holder (outside person)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="158" />
            <source>従事者名簿にいない人の氏名（県の職員、他社の技術者など）</source>
            <translation>Someone not on the staff roster (prefecture staff, another company's engineer…)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="159" />
            <source>名義人の所属</source>
            <translation>Holder's organisation</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="160" />
            <source>共用・汎用ID</source>
            <translation>Shared / generic ID</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="161" />
            <source>複数人で使う ID、機能名の ID（admin など）のときに選びます</source>
            <translation>Choose for an ID used by several people or named after a function (admin…)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="162" />
            <source>権限</source>
            <translation>Privilege</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="30" />
            <source>管理者</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="31" />
            <source>運用担当</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="32" />
            <source>一般利用者</source>
            <translation>User</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="33" />
            <source>参照のみ</source>
            <translation>Read only</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="164" />
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="227" />
            <location filename="../../desktop/registers/definitions/software.py" line="143" />
            <source>承認者</source>
            <translation>Approved by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="165" />
            <source>承認日</source>
            <translation>Approved on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="167" />
            <source>パスワード設定済</source>
            <translation>Password set</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="168" />
            <source>登録時に初期パスワードを設定し、本人に変更させたときに選びます（A11-1-7）</source>
            <translation>Choose when an initial password was set and the holder changed it (A11-1-7)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="169" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="160" />
            <source>削除日</source>
            <translation>Deleted on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="170" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="161" />
            <source>削除の理由</source>
            <translation>Reason for deletion</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="36" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="34" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="98" />
            <source>有効</source>
            <translation>Active</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="37" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="36" />
            <source>削除済</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="175" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="166" />
            <source>削除日は登録日以降の日付にしてください。</source>
            <translation>The deletion date must be on or after the registration date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="176" />
            <source>承認者と承認日は両方を入力してください。</source>
            <translation>Enter both the approver and the approval date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="177" />
            <source>承認日は登録日以前の日付にしてください（承認を得てから登録します）。</source>
            <translation>The approval date must be on or before the registration date (approve first, then register).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="179" />
            <location filename="../../desktop/registers/definitions/external_users.py" line="168" />
            <source>削除日を入力した場合は削除の理由も入力してください。</source>
            <translation>With a deletion date, enter the reason too.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="180" />
            <source>名義人（従事者）か名義人（外部の者）のどちらかを入力してください（共用IDを除く）。</source>
            <translation>Enter the holder (staff) or the holder (outside person), except for a shared ID.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/accounts.py" line="182" />
            <source>名義人（外部の者）を入力した場合は所属も入力してください。</source>
            <translation>With an outside holder, enter their organisation too.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="71" />
            <source>利用者ID等の確認記録</source>
            <translation>Account and log reviews</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="74" />
            <source>利用者の登録状況の確認、管理者の接続履歴の検査、外部接続の記録の確認、アクセス記録の分析の記録。システムごとの間隔から次の確認の期限が出ます（管理対象システムの要対応）。</source>
            <translation>Reviews of user registrations, inspections of administrators' connection history, external connection log reviews and access-record analyses. Each system's intervals give the next due dates (To do of Systems).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="78" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="125" />
            <source>確認の種類</source>
            <translation>Kind of review</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="21" />
            <source>外部接続の接続記録の確認</source>
            <translation>External connection log review</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="79" />
            <source>対象期間（開始）</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="80" />
            <source>対象期間（終了）</source>
            <translation>Period to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="83" />
            <source>確認した件数</source>
            <translation>Items reviewed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="84" />
            <source>確認した内容</source>
            <translation>What was reviewed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="85" />
            <source>確認した利用者の一覧や接続記録の範囲など</source>
            <translation>The users reviewed, the range of connection logs, …</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="27" />
            <location filename="../../desktop/registers/definitions/inspections.py" line="23" />
            <source>問題なし</source>
            <translation>No findings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="28" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="129" />
            <source>指摘あり</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="87" />
            <location filename="../../desktop/registers/definitions/audits.py" line="28" />
            <location filename="../../desktop/registers/definitions/audits.py" line="108" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="115" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="51" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="56" />
            <source>指摘事項</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="88" />
            <source>措置</source>
            <translation>Actions taken</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="89" />
            <source>証跡</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="93" />
            <source>対象期間（終了）は対象期間（開始）以降の日付にしてください。</source>
            <translation>The period must end on or after its start.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="95" />
            <source>確認日は対象期間（終了）以降の日付にしてください。</source>
            <translation>The review date must be on or after the end of the period.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/account_reviews.py" line="96" />
            <source>結果が「指摘あり」のときは指摘事項を入力してください。</source>
            <translation>With the result Findings, enter the findings.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="139" />
            <source>外部接続利用者</source>
            <translation>External-connection users</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="142" />
            <source>外部からシステムに接続する利用者。当社の管理責任者、接続方法、専用線以外での相手確認、接続記録の取得と確認、異動・退職時の削除を記録します。外部接続利用者の手続（A16-5）は文書として管理します。</source>
            <translation>People who connect to a system from outside: our manager in charge, the connection method, the caller check on public lines, connection logs and their review, deletion on transfer or retirement. The external-user procedure (A16-5) is kept as a document.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="147" />
            <source>利用者氏名</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="149" />
            <source>利用者（従事者の場合）</source>
            <translation>Person (when staff)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="150" />
            <source>当社の従事者が外部から接続する場合に選びます</source>
            <translation>Choose when one of our staff connects from outside</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="152" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="144" />
            <source>管理責任者</source>
            <translation>Manager in charge</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="153" />
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="145" />
            <source>接続方法</source>
            <translation>Connection method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="22" />
            <source>インターネットVPN</source>
            <translation>Internet VPN</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="23" />
            <source>リモートデスクトップ（ゲートウェイ経由）</source>
            <translation>Remote desktop via gateway</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="24" />
            <source>電話回線（ダイヤルアップ）</source>
            <translation>Dial-up</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="155" />
            <source>相手の確認方法</source>
            <translation>Caller check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="156" />
            <source>専用線以外のときは、コールバックや発信者番号通知などの確認方法を選びます（A16-3）</source>
            <translation>When not on a dedicated line, choose how the caller is verified: callback, caller ID, … (A16-3)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="28" />
            <source>コールバック</source>
            <translation>Callback</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="29" />
            <source>発信者番号通知による確認</source>
            <translation>Caller-ID check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="30" />
            <source>端末証明書による確認</source>
            <translation>Device certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="157" />
            <source>接続記録を取得</source>
            <translation>Connection logs obtained</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="159" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="66" />
            <source>有効期限</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="161" />
            <source>例: 異動、退職、契約終了</source>
            <translation>e.g. transfer, retirement, end of contract</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="35" />
            <source>期限切れ</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="167" />
            <source>有効期限は登録日以降の日付にしてください。</source>
            <translation>Valid until must be on or after the registration date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/external_users.py" line="169" />
            <source>接続方法が「専用線」のときは「専用線」を選んでください。</source>
            <translation>With the method Dedicated line, tick Dedicated line.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="174" />
            <source>設計開発</source>
            <translation>Development projects</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="178" />
            <source>システムの設計・開発の記録。テスト計画、セキュリティ機能ア～クの確認、既存システムへの影響確認、本番データをテストに使う場合の県の許可と保護対策、媒体・資料の施錠保管を記録します。</source>
            <translation>Design and development of a system: the test plan, the check of security functions a–ku, the check that existing systems are not affected, the permission and protection when production data is used for tests, and locked storage of media and documents.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="181" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="35" />
            <source>案件名</source>
            <translation>Project</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="183" />
            <source>開発期間（開始）</source>
            <translation>Period from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="184" />
            <source>開発期間（終了）</source>
            <translation>Period to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="185" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="39" />
            <source>納品日</source>
            <translation>Delivery date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="53" />
            <source>納品済</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="187" />
            <source>テスト計画の概要</source>
            <translation>Test plan summary</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="188" />
            <source>セキュリティ機能の正常動作を確認するテストを含めます（A10-3）</source>
            <translation>Include tests that the security functions work (A10-3)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="189" />
            <source>テスト計画書</source>
            <translation>Test plan documents</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="190" />
            <source>セキュリティ機能の確認（ア～ク）</source>
            <translation>Security functions (a–ku)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="59" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="61" />
            <source>機能</source>
            <translation>Function</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="36" />
            <source>ア 利用者ごとのIDで個別に識別する</source>
            <translation>a: identify each user by an individual ID</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="37" />
            <source>イ 入力したパスワードを画面に表示しない</source>
            <translation>i: never show a typed password</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="38" />
            <source>ウ 管理者がID・パスワードを設定・削除できる</source>
            <translation>u: the administrator sets and deletes IDs and passwords</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="39" />
            <source>エ 利用者が自分のパスワードを変更できる</source>
            <translation>e: users change their own password</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="40" />
            <source>オ 認証の履歴を記録し保管する（重要な情報）</source>
            <translation>o: keep the authentication history (important data)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="41" />
            <source>カ 送信時に暗号化等で漏えいを防ぐ（重要な情報）</source>
            <translation>ka: protect important data sent over the network</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="42" />
            <source>キ 重要な情報を暗号化する</source>
            <translation>ki: encrypt important data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="43" />
            <source>ク 処理する端末を限定する（重要な情報）</source>
            <translation>ku: restrict the terminals that process important data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="47" />
            <source>確認済（機能あり）</source>
            <translation>Checked: present</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="48" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="16" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="62" />
            <source>機能なし</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="61" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="63" />
            <source>説明</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="62" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="64" />
            <source>テストの証跡</source>
            <translation>Test evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="63" />
            <source>テストケース番号、結果票のファイル名など</source>
            <translation>Test case numbers, result sheet file names, …</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="66" />
            <source>「対象外」とした理由を説明に入力してください。</source>
            <translation>Explain in the note why it does not apply.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="68" />
            <source>「確認済」としたテストの証跡を入力してください。</source>
            <translation>Enter the test evidence for a checked function.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="192" />
            <source>未確認の項目数</source>
            <translation>Items not checked</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="193" />
            <source>既存システムへの影響確認日</source>
            <translation>Impact checked on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="194" />
            <source>影響確認の方法</source>
            <translation>Impact check method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="195" />
            <source>影響確認の結果</source>
            <translation>Impact check result</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="196" />
            <source>本番データをテストに使用</source>
            <translation>Production data used as test data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="198" />
            <source>本番データの使用開始日</source>
            <translation>Production data used from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="136" />
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="199" />
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="230" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="51" />
            <location filename="../../desktop/submittals/forms/change_log.py" line="76" />
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="44" />
            <source>県の許可</source>
            <translation>Prefecture's permission</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="200" />
            <source>種別「本番データのテスト利用」の許可申請を選びます（A10-1）</source>
            <translation>Choose a permission of the kind Production data as test data (A10-1)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="202" />
            <source>本番データの利用範囲・目的</source>
            <translation>Scope and purpose of the data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="203" />
            <source>本番データの保護対策</source>
            <translation>Protection of the data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="204" />
            <source>媒体・資料の保管場所</source>
            <translation>Where media and documents are kept</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="205" />
            <source>施錠して保管</source>
            <translation>Kept locked</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="209" />
            <source>開発期間（終了）は開発期間（開始）以降の日付にしてください。</source>
            <translation>The project must end on or after its start.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="210" />
            <source>納品日は開発期間（開始）以降の日付にしてください。</source>
            <translation>The delivery date must be on or after the start of the project.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="211" />
            <source>同じ機能が2回以上あります。ア～クはそれぞれ1行にしてください。</source>
            <translation>A function is listed twice. Give each of a–ku one row.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="212" />
            <source>本番データを使う場合は使用開始日を入力してください。</source>
            <translation>When production data is used, enter the date its use starts.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="214" />
            <source>本番データを使わない場合は使用開始日を空にしてください。</source>
            <translation>Leave the start date empty when no production data is used.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="216" />
            <source>影響確認日を入力した場合は結果も入力してください。</source>
            <translation>With an impact check date, enter its result too.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/dev_projects.py" line="218" />
            <source>施錠して保管する場合は保管場所を入力してください。</source>
            <translation>For locked storage, enter where it is kept.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="158" />
            <source>ウイルス対策・パッチ適用状況</source>
            <translation>Anti-virus and patch checks</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="161" />
            <source>パソコン・サーバごとのウイルス対策ソフト、ウイルス定義の日付、全体検査、セキュリティパッチの適用状況の確認記録。確認の間隔や定義の古さから要対応を出します。</source>
            <translation>Checks per PC and server of the anti-virus product, pattern file date, full scans and security patches. The check interval and the age of patterns and scans give the To do items.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="167" />
            <source>ウイルス対策ソフト</source>
            <translation>Anti-virus product</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="168" />
            <source>検査するゲートウェイ機器</source>
            <translation>Scanning gateway</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="169" />
            <source>機器にソフトを入れず、インターネットとの通信を経由する機器で検査する場合に選びます（A13-2）</source>
            <translation>Choose when the traffic is scanned by a gateway device instead of software on the item (A13-2)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="170" />
            <source>ウイルス定義の日付</source>
            <translation>Pattern file date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="171" />
            <source>確認時の定義の古さ</source>
            <translation>Pattern age at the check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="173" />
            <source>最後の全体検査日</source>
            <translation>Last full scan</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="32" />
            <source>ウイルスを検出</source>
            <translation>Infection found</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="33" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="33" />
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="53" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="40" />
            <source>未実施</source>
            <translation>Not run</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="175" />
            <source>確認時の検査の古さ</source>
            <translation>Scan age at the check</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="176" />
            <source>セキュリティパッチ適用済</source>
            <translation>Security patches applied</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="177" />
            <source>適用したパッチ</source>
            <translation>Patches applied up to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="178" />
            <source>例: Windows 2025年6月の累積更新プログラムまで</source>
            <translation>e.g. Windows cumulative update of June 2025</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="180" />
            <source>その機器の最新の確認</source>
            <translation>Latest check of the item</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="184" />
            <source>ウイルス対策ソフトか、検査するゲートウェイ機器のどちらかを入力してください（A13-2）。</source>
            <translation>Enter the anti-virus product or the scanning gateway (A13-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="186" />
            <source>ウイルス定義の日付は確認日以前にしてください。</source>
            <translation>The pattern file date must be on or before the check date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="187" />
            <source>最後の全体検査日は確認日以前にしてください。</source>
            <translation>The last full scan must be on or before the check date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="188" />
            <source>検査するゲートウェイ機器には、対象機器と別の機器を選んでください。</source>
            <translation>Choose a gateway other than the item itself.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="190" />
            <source>検査結果を入力する場合は最後の全体検査日も入力してください。</source>
            <translation>With a scan result, enter the date of the last full scan too.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="124" />
            <source>ソフトウェア台帳</source>
            <translation>Software and licences</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="127" />
            <source>業務で使うソフトウェアとライセンスの台帳。保有ライセンス数とインストール数、業務での使用の承認を記録し、ライセンスの超過やファイル共有ソフト・未承認のソフトを知らせます。</source>
            <translation>Software used for the work and its licences: licences held, installations and approval for business use. Over-use of licences, file-sharing and unapproved software are pointed out.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="130" />
            <source>製品名</source>
            <translation>Product</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="131" />
            <source>バージョン</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="132" />
            <source>開発元</source>
            <translation>Vendor</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="133" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="61" />
            <source>分類</source>
            <translation>Category</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="32" />
            <source>OS</source>
            <translation>Operating system</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="33" />
            <source>事務用ソフト</source>
            <translation>Office software</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="34" />
            <location filename="../../desktop/submittals/forms/software_list.py" line="61" />
            <source>セキュリティ対策</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="35" />
            <source>開発ツール</source>
            <translation>Development tools</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="36" />
            <source>業務システム</source>
            <translation>Business application</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="37" />
            <source>ファイル共有（P2P）</source>
            <translation>File sharing (P2P)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="134" />
            <source>ライセンスの種類</source>
            <translation>Licence type</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="22" />
            <source>パッケージ（永続）</source>
            <translation>Perpetual package</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="23" />
            <source>ボリュームライセンス</source>
            <translation>Volume licence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="24" />
            <source>サブスクリプション</source>
            <translation>Subscription</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="25" />
            <source>機器に付属（OEM）</source>
            <translation>OEM (bundled)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="26" />
            <source>無償</source>
            <translation>Free of charge</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="27" />
            <source>オープンソース</source>
            <translation>Open source</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="135" />
            <source>ライセンス番号</source>
            <translation>Licence number</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="136" />
            <source>ライセンス証書</source>
            <translation>Licence certificate</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="137" />
            <source>保有ライセンス数</source>
            <translation>Licences held</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="138" />
            <source>インストール数</source>
            <translation>Installations</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="140" />
            <source>インストール先の機器</source>
            <translation>Installed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="141" />
            <source>ライセンスの有効期限</source>
            <translation>Licence valid until</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="142" />
            <source>業務での使用を承認</source>
            <translation>Approved for business use</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="144" />
            <source>アンインストール日</source>
            <translation>Removed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="148" />
            <source>インストール数が、インストール先として選んだ機器の数より少なくなっています。</source>
            <translation>The installations are fewer than the equipment chosen as installed on.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="150" />
            <source>業務での使用を承認した場合は承認者を入力してください。</source>
            <translation>When approved for business use, enter the approver.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="151" />
            <source>ファイル共有ソフトは承認できません（A14-2）。</source>
            <translation>File-sharing software cannot be approved (A14-2).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="153" />
            <source>ライセンスの種類が有償のときは保有ライセンス数を入力してください。</source>
            <translation>For a paid licence type, enter the licences held.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/software.py" line="155" />
            <source>アンインストールした場合はインストール数を0にしてください。</source>
            <translation>When removed, set the installations to 0.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="178" />
            <source>管理資料・手順書</source>
            <translation>Documents and procedures</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="181" />
            <source>ネットワークの管理資料と各種の手順書。版ごとの改訂履歴とファイル（暗号化して保存）、次回の見直し予定を管理します。</source>
            <translation>Network documents and procedures: each revision with its file (stored encrypted) and the next review.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="37" />
            <source>ネットワーク構成図</source>
            <translation>Network diagram</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="38" />
            <source>ネットワークの運用管理方法</source>
            <translation>Network operation method</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="39" />
            <source>ネットワーク接続基準</source>
            <translation>Network connection criteria</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="40" />
            <source>ネットワーク障害時の対応方法</source>
            <translation>Network failure response</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="41" />
            <source>インターネット利用者の手順</source>
            <translation>Internet-use procedure for users</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="42" />
            <source>情報システム運用手順</source>
            <translation>Operations procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="43" />
            <source>外部接続の利用者の手順</source>
            <translation>External-connection user procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="44" />
            <source>記録媒体の取扱手順</source>
            <translation>Media handling procedure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="184" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="73" />
            <source>表題</source>
            <translation>Title</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="187" />
            <source>改訂履歴</source>
            <translation>Revisions</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="188" />
            <source>古い版から順に。新しい版の改訂日は前の版の改訂日以降にします</source>
            <translation>Oldest first; a new revision is dated on or after the previous one</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="64" />
            <source>例: 第3版、3.1</source>
            <translation>e.g. 3rd edition, 3.1</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="65" />
            <location filename="../../desktop/submittals/forms/documents_list.py" line="54" />
            <source>改訂日</source>
            <translation>Revised on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="66" />
            <source>改訂者</source>
            <translation>Author</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="67" />
            <location filename="../../desktop/submittals/forms/documents_list.py" line="54" />
            <source>改訂の概要</source>
            <translation>Summary of the change</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="69" />
            <source>この版のファイル（「添付ファイル」に暗号化して保存）</source>
            <translation>This revision's file (stored encrypted under the attachments)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="70" />
            <source>ファイルのSHA-256</source>
            <translation>File SHA-256</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="189" />
            <source>添付ファイル（各版）</source>
            <translation>Files (each revision)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="190" />
            <source>現在の版</source>
            <translation>Current revision</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="191" />
            <source>最終改訂日</source>
            <translation>Last revised on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="193" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="109" />
            <source>空欄のときは設定の既定値</source>
            <translation>Empty: the default from the settings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="194" />
            <source>次回見直し予定日</source>
            <translation>Next review due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="195" />
            <source>空欄のときは最終改訂日と見直し間隔から計算します（A15-2）</source>
            <translation>Empty: computed from the last revision and the review interval (A15-2)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="53" />
            <source>ア 運用スケジュール</source>
            <translation>(a) Operation schedule</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="196" />
            <source>情報システム運用手順に含まれているか（A17-1）</source>
            <translation>Whether the operations procedure covers it (A17-1)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="54" />
            <source>イ 他の情報システムとの接続</source>
            <translation>(b) Connections to other systems</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="55" />
            <source>ウ ソフトウェアの利用制限</source>
            <translation>(c) Limits on software use</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="56" />
            <source>エ 重要なデータのバックアップ</source>
            <translation>(d) Backups of important data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="57" />
            <source>オ 接続履歴の記録</source>
            <translation>(e) Recording the connection log</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="58" />
            <source>カ 異常を見つけたときの対処</source>
            <translation>(f) Handling anomalies</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="201" />
            <source>改訂履歴は古い版から順に入力し、新しい版の改訂日は前の版の改訂日以降にしてください。</source>
            <translation>List the revisions oldest first; a revision cannot be dated before the previous one.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="203" />
            <source>改訂履歴に同じ版が2回あります。</source>
            <translation>The same revision appears twice.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="207" />
            <source>ファイアウォール・ルータ設定</source>
            <translation>Firewall and router rules</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="210" />
            <source>ファイアウォール・ルータのルール（ポート、方向、理由、通信元・通信先）。取扱注意: 表示・印刷には理由の入力が必要で、監査記録に残ります。</source>
            <translation>Firewall and router rules (ports, direction, reason, source, destination). Confidential: showing and printing need a reason, kept in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="214" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="81" />
            <source>機器</source>
            <translation>Device</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="215" />
            <source>ルール番号（順序）</source>
            <translation>Rule number (order)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="216" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="76" />
            <source>動作</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="30" />
            <source>許可（通過させる）</source>
            <translation>Allow</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="31" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="23" />
            <source>拒否</source>
            <translation>Deny</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="217" />
            <source>プロトコル</source>
            <translation>Protocol</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="34" />
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="34" />
            <source>TCP</source>
            <translation>TCP</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="35" />
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="35" />
            <source>UDP</source>
            <translation>UDP</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="36" />
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="36" />
            <source>TCP/UDP</source>
            <translation>TCP/UDP</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="37" />
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="37" />
            <source>ICMP</source>
            <translation>ICMP</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="38" />
            <source>すべて</source>
            <translation>Any</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="218" />
            <source>ポート番号</source>
            <translation>Ports</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="219" />
            <source>例: 443 / 20-21 / 25, 587 / any（TCP・UDPでは必須）</source>
            <translation>e.g. 443 / 20-21 / 25, 587 / any (required for TCP and UDP)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="220" />
            <source>通信の方向</source>
            <translation>Direction</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="41" />
            <source>外部→内部（受信）</source>
            <translation>Inbound</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="42" />
            <source>内部→外部（送信）</source>
            <translation>Outbound</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="43" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="24" />
            <source>双方向</source>
            <translation>Both</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="221" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="77" />
            <source>通信元</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="222" />
            <source>IPアドレス、CIDR（例: 10.0.0.0/24）、any、または @名前 のグループ（複数はカンマ区切り）</source>
            <translation>IP address, CIDR (e.g. 10.0.0.0/24), any, or a group written @name (several: comma-separated)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="223" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="77" />
            <source>通信先</source>
            <translation>Destination</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="224" />
            <source>IPアドレス、CIDR、any、または @名前 のグループ（複数はカンマ区切り）</source>
            <translation>IP address, CIDR, any, or a group written @name (several: comma-separated)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="225" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="78" />
            <source>通過させる理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="226" />
            <source>依頼者</source>
            <translation>Requested by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="228" />
            <source>県のシステムに関わる設定</source>
            <translation>Concerns a prefecture system</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="229" />
            <source>県のシステムの設定変更には県の許可が必要です（A5-2-4）</source>
            <translation>Changing a prefecture system's settings needs the prefecture's permission (A5-2-4)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="232" />
            <source>有効期間（開始）</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="233" />
            <source>有効期間（終了）</source>
            <translation>Valid to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="239" />
            <source>通過させる理由を入力してください（A15-9）。</source>
            <translation>Enter the reason for letting the traffic through (A15-9).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="241" />
            <source>ポート番号は 1〜65535 の数、範囲（例: 8000-8080）、カンマ区切り、または any で入力してください。</source>
            <translation>Enter ports as numbers from 1 to 65535, ranges (e.g. 8000-8080), comma-separated, or any.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="243" />
            <source>TCP・UDPのルールにはポート番号を入力してください（A15-9）。</source>
            <translation>A TCP or UDP rule needs its ports (A15-9).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="244" />
            <source>通信元は IPアドレス、CIDR（例: 10.0.0.0/24）、any、または @名前 のグループで入力してください。</source>
            <translation>Enter the source as an IP address, CIDR (e.g. 10.0.0.0/24), any, or a group written @name.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="246" />
            <source>通信先は IPアドレス、CIDR（例: 10.0.0.0/24）、any、または @名前 のグループで入力してください。</source>
            <translation>Enter the destination as an IP address, CIDR (e.g. 10.0.0.0/24), any, or a group written @name.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="248" />
            <source>有効期間（終了）は有効期間（開始）以降の日付にしてください。</source>
            <translation>The end of the validity cannot be before its start.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="249" />
            <source>最終見直し日は有効期間（開始）以降の日付にしてください。</source>
            <translation>The last review cannot be before the start of the validity.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="95" />
            <source>ネットワーク管理の実施状況</source>
            <translation>Network measures</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="98" />
            <source>二重化、外部接続の仕様・ファイアウォール・認証、メールとファイアウォールの履歴取得を定期的に確認した記録。</source>
            <translation>Regular checks of redundancy, external-connection specifications, firewall, authentication, and the mail and firewall logs.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="100" />
            <source>確認した対策</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="21" />
            <source>重要な回線・機器の二重化（A15-3）</source>
            <translation>Redundant important lines and devices (A15-3)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="22" />
            <source>LGWAN等の接続仕様に沿った対策（A15-4）</source>
            <translation>External network connection specifications followed (A15-4)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="23" />
            <source>外部接続のファイアウォール（A15-5）</source>
            <translation>Firewall for external connections (A15-5)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="24" />
            <source>外部接続の利用者認証（A15-6）</source>
            <translation>Authentication of external connections (A15-6)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="25" />
            <source>メールサーバの送受信履歴（A15-8）</source>
            <translation>Mail server send/receive log (A15-8)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="26" />
            <source>ファイアウォールの不正アクセス履歴（A15-11）</source>
            <translation>Firewall illegal-access log (A15-11)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="31" />
            <source>実施を確認</source>
            <translation>In place</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="32" />
            <source>一部未実施</source>
            <translation>Partly in place</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="142" />
            <location filename="../../desktop/registers/definitions/network_measures.py" line="104" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="84" />
            <source>確認の内容</source>
            <translation>What was checked</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="105" />
            <source>根拠（証跡）</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="106" />
            <source>ログの保存場所、構成図の版、設定画面の控えなど</source>
            <translation>Where the log is kept, the diagram's revision, a copy of the settings screen, …</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="108" />
            <source>確認間隔</source>
            <translation>Check interval</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="110" />
            <source>次回確認日</source>
            <translation>Next check due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="120" />
            <source>システム変更・操作記録</source>
            <translation>System changes and operations</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="123" />
            <source>システムの設定変更・操作の記録（変更前後の値、理由、県の許可、変更後の正常動作の確認、必要な教育）。</source>
            <translation>Setting changes and operations on the systems (values before and after, reason, the prefecture's permission, confirmation of normal operation, training needed).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="126" />
            <location filename="../../desktop/submittals/forms/change_log.py" line="74" />
            <source>実施日時</source>
            <translation>Done at</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="127" />
            <location filename="../../desktop/submittals/forms/change_log.py" line="75" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="102" />
            <source>作業者</source>
            <translation>Operator</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="129" />
            <source>不要なOSの機能の停止・不要なソフトウェアの削除は「不要な機能の停止・ソフトウェアの削除」（A17-2）</source>
            <translation>Stopping unneeded OS features or removing unneeded software: choose "Hardening" (A17-2)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="22" />
            <source>ソフトウェアの導入・更新</source>
            <translation>Software installed or updated</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="23" />
            <source>不要な機能の停止・ソフトウェアの削除</source>
            <translation>Hardening (features stopped, software removed)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="24" />
            <source>運用操作</source>
            <translation>Operation</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="130" />
            <source>変更・操作の内容</source>
            <translation>What was changed or done</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="131" />
            <source>設定項目</source>
            <translation>Setting</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="132" />
            <source>変更前の値</source>
            <translation>Value before</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="133" />
            <source>変更後の値</source>
            <translation>Value after</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="134" />
            <location filename="../../desktop/registers/definitions/other_measures.py" line="53" />
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="79" />
            <source>理由</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="135" />
            <source>県のシステム</source>
            <translation>Prefecture system</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="29" />
            <source>実施中・確認待ち</source>
            <translation>In progress / awaiting confirmation</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="30" />
            <source>完了</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="139" />
            <source>正常動作の確認日</source>
            <translation>Normal operation confirmed on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="141" />
            <source>確認の結果</source>
            <translation>Confirmation result</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="34" />
            <source>異常あり</source>
            <translation>Problem found</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="143" />
            <source>運用方法・操作手順が変わる</source>
            <translation>Operations or procedures change</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="144" />
            <source>変わる場合は教育計画を作成して結び付けます（A17-5）</source>
            <translation>If so, make a training plan and link it (A17-5)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="150" />
            <source>「完了」にするには、変更後の正常動作の確認（確認日・確認者・確認の結果）を入力してください（A17-3）。</source>
            <translation>To mark it done, enter the confirmation of normal operation after the change (date, by whom, result) (A17-3).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="152" />
            <source>正常動作の確認日は実施日以降の日付にしてください。</source>
            <translation>The confirmation cannot be dated before the change.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/changes.py" line="153" />
            <source>変更後の値を入力した場合は設定項目も入力してください。</source>
            <translation>With values before or after, enter the setting too.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="57" />
            <location filename="../../desktop/submittals/forms/handover.py" line="52" />
            <source>引継記録</source>
            <translation>Handovers</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="60" />
            <source>担当者が替わるときの引継の記録。引継資料（暗号化して保存）と、前任者・後任者の確認を残します。</source>
            <translation>Handovers when the person in charge changes: handover documents (stored encrypted) and both sides' confirmation.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="62" />
            <location filename="../../desktop/submittals/forms/handover.py" line="23" />
            <source>前任者</source>
            <translation>Handed over by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="63" />
            <location filename="../../desktop/submittals/forms/handover.py" line="24" />
            <source>後任者</source>
            <translation>Taken over by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="64" />
            <location filename="../../desktop/submittals/forms/handover.py" line="25" />
            <source>引き継ぐ役割・業務</source>
            <translation>Role or duties handed over</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="65" />
            <location filename="../../desktop/submittals/forms/handover.py" line="22" />
            <source>引継日</source>
            <translation>Handover date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="66" />
            <source>引継事項</source>
            <translation>What was handed over</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="67" />
            <source>引継資料（名称）</source>
            <translation>Handover documents (names)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="68" />
            <source>紙の資料の名称など。ファイルは下の「引継資料」に添付します</source>
            <translation>Names of paper documents, … Attach files under Handover documents below</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="69" />
            <source>引継資料</source>
            <translation>Handover documents</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="70" />
            <source>前任者の確認日</source>
            <translation>Confirmed by the predecessor on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="71" />
            <source>後任者の確認日</source>
            <translation>Confirmed by the successor on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="75" />
            <source>後任者は前任者と別の人にしてください。</source>
            <translation>The successor must be someone other than the predecessor.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="77" />
            <source>前任者の確認日は引継日以降の日付にしてください。</source>
            <translation>The predecessor's confirmation cannot be before the handover date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="79" />
            <source>後任者の確認日は引継日以降の日付にしてください。</source>
            <translation>The successor's confirmation cannot be before the handover date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="65" />
            <source>重要な情報の誤り報告</source>
            <translation>Errors in important data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="68" />
            <source>重要な情報に誤りを見つけたときの記録。県への報告、訂正、原票との照合を残します。</source>
            <translation>Errors found in important data: the report to the prefecture, the correction and the check against the source.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="70" />
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="22" />
            <source>発見日</source>
            <translation>Found on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="71" />
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="23" />
            <source>発見者</source>
            <translation>Found by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="72" />
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="24" />
            <source>対象のシステム・データ</source>
            <translation>System or data</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="73" />
            <source>誤りの内容</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="74" />
            <source>県への報告日</source>
            <translation>Reported to the prefecture on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="75" />
            <source>報告先（県の担当者）</source>
            <translation>Reported to</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="76" />
            <source>訂正の内容</source>
            <translation>Correction</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="77" />
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="30" />
            <source>訂正日</source>
            <translation>Corrected on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="78" />
            <source>原票との照合結果</source>
            <translation>Check against the source</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="79" />
            <source>入力帳票などの原票と、登録された内容を突き合わせた結果（A19-3）</source>
            <translation>The result of comparing the entered data with the source, such as the input slip (A19-3)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="20" />
            <source>原票と一致</source>
            <translation>Matches the source</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="21" />
            <source>原票と不一致</source>
            <translation>Differs from the source</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="22" />
            <source>原票なし</source>
            <translation>No source document</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="80" />
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="32" />
            <source>照合者</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="14" />
            <source>発見・調査中</source>
            <translation>Found, investigating</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="15" />
            <source>県へ報告済み</source>
            <translation>Reported to the prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="16" />
            <source>訂正済み</source>
            <translation>Corrected</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="17" />
            <source>照合済み・完了</source>
            <translation>Verified and closed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="85" />
            <source>県への報告日は発見日以降の日付にしてください。</source>
            <translation>The report to the prefecture cannot be before the error was found.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="86" />
            <source>県への報告日と報告先は両方を入力してください。</source>
            <translation>Enter both the date and the recipient of the report.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="87" />
            <source>訂正日は発見日以降の日付にしてください。</source>
            <translation>The correction cannot be before the error was found.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/data_errors.py" line="88" />
            <source>「照合済み・完了」にするには、原票との照合結果と照合者を入力してください。</source>
            <translation>To close it, enter the result of the check against the source and who checked.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="72" />
            <source>記録媒体・処理経路・保管方法の点検</source>
            <translation>Inspections of media, routes and storage</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="75" />
            <source>重要な情報の記録媒体、処理経路、保管方法の点検記録。次回の予定日を過ぎると要対応に出ます。</source>
            <translation>Inspections of the media, processing routes and storage of important information; listed as due when the next date passes.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="77" />
            <source>点検の対象区分</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="17" />
            <source>記録媒体</source>
            <translation>Recording media</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="18" />
            <source>処理経路</source>
            <translation>Processing route</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="19" />
            <source>保管方法</source>
            <translation>Storage</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="20" />
            <source>全体</source>
            <translation>All of them</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="78" />
            <source>点検対象</source>
            <translation>What was inspected</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="79" />
            <source>点検日</source>
            <translation>Inspected on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="80" />
            <source>点検者</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="20" />
            <location filename="../../desktop/registers/definitions/inspections.py" line="24" />
            <source>要改善</source>
            <translation>Needs improvement</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="82" />
            <source>点検結果の詳細</source>
            <translation>Findings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="83" />
            <source>改善の内容</source>
            <translation>Improvement</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="84" />
            <source>次回点検予定日</source>
            <translation>Next inspection due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="85" />
            <source>空欄のときは設定の点検間隔から計算します</source>
            <translation>Empty: computed from the inspection interval in the settings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="89" />
            <source>次回点検予定日は点検日より後にしてください。</source>
            <translation>The next inspection must be after this one.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="98" />
            <source>情報セキュリティ監査</source>
            <translation>Security audits</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="101" />
            <source>受けた情報セキュリティ監査と指摘事項。是正措置・担当・期限・完了を管理し、期限切れを要対応に出します。</source>
            <translation>Security audits and their findings: corrective action, owner, due and done dates; overdue findings are listed as due.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="103" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="47" />
            <source>監査の名称</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="104" />
            <source>監査の種類</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="14" />
            <source>県による監査</source>
            <translation>Audit by the prefecture</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="15" />
            <source>外部監査</source>
            <translation>External audit</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="16" />
            <source>内部監査</source>
            <translation>Internal audit</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="105" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="48" />
            <source>監査日</source>
            <translation>Audit date</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="106" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="49" />
            <source>監査人</source>
            <translation>Auditor</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="107" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="50" />
            <source>監査の範囲</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="29" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="56" />
            <source>重要度</source>
            <translation>Severity</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="19" />
            <source>重大</source>
            <translation>Serious</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="21" />
            <source>軽微</source>
            <translation>Minor</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="22" />
            <source>助言</source>
            <translation>Advice</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="30" />
            <source>関係する条項</source>
            <translation>Clause</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="30" />
            <source>例: A15-9</source>
            <translation>e.g. A15-9</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="31" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="57" />
            <source>是正措置</source>
            <translation>Corrective action</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="33" />
            <source>対応期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="34" />
            <source>完了日</source>
            <translation>Done on</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="35" />
            <location filename="../../desktop/submittals/forms/audit_response.py" line="58" />
            <source>完了の根拠</source>
            <translation>Evidence</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="38" />
            <source>完了日を入力するには是正措置も入力してください。</source>
            <translation>Enter the corrective action before the done date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="109" />
            <source>対応状況の報告期限</source>
            <translation>Response report due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="110" />
            <source>未完了の指摘</source>
            <translation>Open findings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="111" />
            <source>未完了の指摘の最も早い期限</source>
            <translation>Earliest due of open findings</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/audits.py" line="117" />
            <source>報告期限は監査日以降の日付にしてください。</source>
            <translation>The report due date cannot be before the audit.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="50" />
            <source>業務の内容に応じて独自に行っている情報セキュリティ対策と、その理由・担当・見直し予定。</source>
            <translation>Security measures of the office's own that the work needs, with reason, owner and review date.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="52" />
            <source>対策</source>
            <translation>Measure</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="54" />
            <source>実施開始日</source>
            <translation>In place since</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="56" />
            <source>見直し予定日</source>
            <translation>Review due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/other_measures.py" line="60" />
            <source>見直し予定日は実施開始日より後にしてください。</source>
            <translation>The review date must be after the start.</translation>
        </message>
        <message>
            <source>セキュリティ機能の確認（ア〜ク）</source>
            <translation type="obsolete">Security functions (a–ku)</translation>
        </message>
        <message>
            <source>第三者への提供ですが、県の了解（文書番号・了解日）が記録されていません（A12-7）。</source>
            <translation type="obsolete">The data was given to a third party, but the prefecture's consent (document number and date) is not recorded (A12-7).</translation>
        </message>
        <message>
            <source>第三者提供の県の了解が記録されていません。</source>
            <translation type="obsolete">The prefecture's consent to giving data to a third party is not recorded.</translation>
        </message>
        <message>
            <source>設定変更の県の許可が記録されていません。</source>
            <translation type="obsolete">The prefecture's permission for a configuration change is not recorded.</translation>
        </message>
        <message>
            <source>設定変更ですが、県の許可（許可番号・許可日）が記録されていません（A5-2-4）。</source>
            <translation type="obsolete">This is a configuration change, but the prefecture's permission (number and date) is not recorded (A5-2-4).</translation>
        </message>
        <message>
            <source>引継内容</source>
            <translation type="obsolete">What was handed over</translation>
        </message>
        <message>
            <source>設定変更のときは県の許可番号を入力します（A5-2-4）</source>
            <translation type="obsolete">For a configuration change, enter the prefecture's permission number (A5-2-4)</translation>
        </message>
        <message>
            <source>県の了解の文書番号</source>
            <translation type="obsolete">Prefecture consent number</translation>
        </message>
        <message>
            <source>県の了解日</source>
            <translation type="obsolete">Prefecture consent date</translation>
        </message>
        <message>
            <source>県の了解は「第三者への提供」が「はい」のときに記録します。</source>
            <translation type="obsolete">Record the prefecture's consent only when "Given to a third party" is "Yes".</translation>
        </message>
        <message>
            <source>ファイルを読み取れません: {path}（{reason}）</source>
            <translation type="obsolete">Cannot read the file: {path} ({reason})</translation>
        </message>
    </context>
    <context>
        <name>Resources</name>
        <message>
            <location filename="../../desktop/paths.py" line="67" />
            <source>アプリのデータ「{name}」が見つかりません（{where}）。インストールが不完全です。アプリを入れ直してください。</source>
            <translation>The app's data “{name}” was not found ({where}). The installation is incomplete: reinstall the app.</translation>
        </message>
    </context>
    <context>
        <name>SearchAll</name>
        <message>
            <location filename="../../ui/registers/search_all.py" line="40" />
            <location filename="../../ui/registers/search_all.py" line="45" />
            <source>すべての台帳を検索</source>
            <translation>Search all registers</translation>
        </message>
        <message>
            <location filename="../../ui/registers/search_all.py" line="44" />
            <source>2文字以上入力（名前・件名・番号など）</source>
            <translation>Type 2 characters or more (a name, subject, number…)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/search_all.py" line="57" />
            <source>検索結果（台帳ごと）</source>
            <translation>Results by register</translation>
        </message>
        <message>
            <location filename="../../ui/registers/search_all.py" line="87" />
            <source>2文字以上入力すると、すべての台帳から探します。</source>
            <translation>Type 2 characters or more to search every register.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/search_all.py" line="109" />
            <source>{n}件（{m}台帳）</source>
            <translation>{n} records ({m} registers)</translation>
        </message>
        <message>
            <location filename="../../ui/registers/search_all.py" line="112" />
            <source>「{text}」を含む記録はありません。</source>
            <translation>No record contains “{text}”.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/search_all.py" line="113" />
            <source>取扱注意の台帳（{names}）は含めていません。その台帳の画面で理由を入力してから検索してください。</source>
            <translation>Confidential registers ({names}) are not included. Search them in their own screen after giving the reason.</translation>
        </message>
        <message>
            <location filename="../../ui/registers/search_all.py" line="96" />
            <source>{register}（{n}{more}件）</source>
            <translation>{register} ({n}{more})</translation>
        </message>
    </context>
    <context>
        <name>Sections</name>
        <message>
            <location filename="../../ui/compliance/section.py" line="480" />
            <source>点検</source>
            <translation>Review</translation>
        </message>
        <message>
            <location filename="../../ui/registers/due_list.py" line="185" />
            <location filename="../../ui/registers/section.py" line="97" />
            <source>台帳</source>
            <translation>Registers</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../desktop/backup/copies.py" line="33" />
            <source>この日数より古い台帳の退避コピーの削除を促す</source>
            <translation>Suggest deleting rollback copies older than this many days</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/history.py" line="17" />
            <source>バックアップを促すまでの日数（0で通知しない）</source>
            <translation>Days before reminding you to make a backup (0: no reminder)</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="68" />
            <source>定期バックアップ（off / logout / daily / weekly）</source>
            <translation>Scheduled backup (off / logout / daily / weekly)</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="69" />
            <source>定期バックアップの時刻（HH:MM）</source>
            <translation>Time of scheduled backups (HH:MM)</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="70" />
            <source>毎週のバックアップの曜日（0=月曜〜6=日曜）</source>
            <translation>Day of weekly backups (0 = Monday … 6 = Sunday)</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="71" />
            <source>定期バックアップの保存先フォルダー</source>
            <translation>Destination folder of scheduled backups</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="72" />
            <source>残す日次バックアップの数</source>
            <translation>Daily backups to keep</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="73" />
            <source>残す週次バックアップの数</source>
            <translation>Weekly backups to keep</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/schedule.py" line="74" />
            <source>残す月次バックアップの数</source>
            <translation>Monthly backups to keep</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="20" />
            <source>手動確認の有効期間（日）</source>
            <translation>Manual confirmations valid for (days)</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="22" />
            <source>「期限間近」とする日数</source>
            <translation>Days counted as "due soon"</translation>
        </message>
        <message>
            <location filename="../../desktop/compliance/marks.py" line="24" />
            <source>期限が来たらタスクトレイに通知する</source>
            <translation>Notify in the system tray when something falls due</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/attachments.py" line="35" />
            <source>添付ファイルの上限サイズ（MB）</source>
            <translation>Maximum attachment size (MB)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/documents.py" line="34" />
            <source>管理資料・手順書の見直し間隔（か月、既定値）</source>
            <translation>Review interval of documents and procedures (months, default)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="24" />
            <source>ウイルス対策・パッチ適用状況の確認の間隔（日）</source>
            <translation>Anti-virus and patch check interval (days)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="26" />
            <source>ウイルス定義（パターンファイル）を古いとみなす日数</source>
            <translation>Days after which a pattern file counts as old</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="28" />
            <source>ウイルスの全体検査を古いとみなす日数</source>
            <translation>Days after which a full scan counts as old</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/equipment.py" line="14" />
            <source>情報機器の存在確認の間隔（か月、新しい機器の既定値）</source>
            <translation>Interval of equipment existence checks (months; default for new equipment)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/exchanges.py" line="31" />
            <source>データ交換後、保存領域からの削除確認までの日数</source>
            <translation>Days after a data exchange until its deletion from the storage area must be confirmed</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="25" />
            <source>ファイアウォールのルールで警告しないポート範囲の広さ（ポート数）</source>
            <translation>Widest port range of a firewall rule without a warning (ports)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/firewall_rules.py" line="27" />
            <source>ファイアウォールのルールの見直し間隔（か月）</source>
            <translation>Review interval of firewall rules (months)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/inspections.py" line="14" />
            <source>記録媒体・処理経路・保管方法の点検間隔（か月、既定値）</source>
            <translation>Inspection interval of media, routes and storage (months, default)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/media.py" line="17" />
            <source>持ち出した媒体が戻らないまま要対応に出すまでの時間</source>
            <translation>Hours a medium may stay out before it is listed as needing attention</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/network_measures.py" line="17" />
            <source>ネットワーク管理の実施状況の確認間隔（か月、既定値）</source>
            <translation>Check interval of the network measures (months, default)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="26" />
            <source>許可申請の提出後、回答がないまま要対応に出すまでの日数</source>
            <translation>Days after submitting a permission request without an answer before it is listed as needing attention</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/permissions.py" line="28" />
            <source>許可期間の満了を何日前から要対応に出すか</source>
            <translation>Days before a permission period ends to list it as needing attention</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="35" />
            <source>事故対応手順書の見直し間隔（か月、既定値）</source>
            <translation>Review interval of incident runbooks (months; default)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="17" />
            <source>利用者登録状況の確認の間隔（か月、新しいシステムの既定値）</source>
            <translation>User registration review interval (months, default for new systems)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="19" />
            <source>管理者の接続履歴の検査の間隔（か月、新しいシステムの既定値）</source>
            <translation>Administrator connection-history inspection interval (months, default for new systems)</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/systems.py" line="21" />
            <source>重要な情報へのアクセス記録の分析の間隔（か月、新しいシステムの既定値）</source>
            <translation>Access-record analysis interval (months, default for new systems)</translation>
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
            <source>委託業務名</source>
            <translation>Contracted work</translation>
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
            <location filename="../../desktop/submittals/options.py" line="46" />
            <source>文書番号の書式（{prefix} 記号、{n} 番号、{nendo} 年度。空欄にすると番号を付けない）</source>
            <translation>Document number format ({prefix} code, {n} number, {nendo} fiscal year; leave empty for no number)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="48" />
            <source>文書番号の記号（例: 北情）</source>
            <translation>Document number code (e.g. 北情)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="49" />
            <source>文書番号を年度ごとに1から振り直す</source>
            <translation>Restart document numbers at 1 every fiscal year</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="52" />
            <source>提出書類の宛先（governor: 石川県知事、section_head: 所管課の長、又は宛先の文字）</source>
            <translation>Addressee of the submittals (governor, section_head, or the text to print)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="54" />
            <source>県の所管課（例: 石川県総務部情報政策課）</source>
            <translation>The prefecture's section in charge (e.g. 石川県総務部情報政策課)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="56" />
            <source>提出書類の明朝体フォントファイル（空欄: 自動）</source>
            <translation>Mincho font file for submittals (empty: automatic)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="59" />
            <source>提出書類のゴシック体フォントファイル（空欄: 自動）</source>
            <translation>Gothic font file for submittals (empty: automatic)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="69" />
            <source>押印欄の見出し（{title}）</source>
            <translation>Headings of the seal boxes ({title})</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="75" />
            <source>宛先（{title}。空欄: 共通の宛先）</source>
            <translation>Addressee ({title}; empty: the common addressee)</translation>
        </message>
        <message>
            <source>契約名・所管課</source>
            <translation type="obsolete">Contract name / responsible section</translation>
        </message>
        <message>
            <source>提出書類の宛先</source>
            <translation type="obsolete">Addressee of submittals</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../../ui/admin/settings.py" line="383" />
            <location filename="../../ui/admin/settings.py" line="358" />
            <source>設定</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="54" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="91" />
            <source>提出書類の申請者欄などに使われる事業者の情報です。</source>
            <translation>Details of the company, used in the applicant block of submittals.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="147" />
            <source>自動ロックとパスワードの規則です。変更は監査ログに記録されます。</source>
            <translation>Automatic lock and password rules. Changes are recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="154" />
            <source>記録の期限（要対応の判定）、添付ファイルの上限、バックアップの催促の間隔です。</source>
            <translation>Record due dates (what counts as needing action), the attachment size limit and the backup reminder interval.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="161" />
            <source>日付の表示方法と、画面の言語です。</source>
            <translation>How dates are shown, and the language of the screens.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="165" />
            <source>和暦（令和7年4月1日）</source>
            <translation>Japanese era (令和7年4月1日)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="166" />
            <source>西暦（2025年4月1日）</source>
            <translation>Western (2025年4月1日)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="171" />
            <source>言語の変更は、アプリを再起動すると反映されます（このPCのこのユーザーの設定です）。</source>
            <translation>A change of language takes effect when the application is restarted (a setting for this user on this PC).</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="174" />
            <source>日付の表示</source>
            <translation>Date display</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="175" />
            <source>言語 / Language</source>
            <translation>言語 / Language</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="218" />
            <source>登録された端末の一覧</source>
            <translation>Registered terminals</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="223" />
            <source>このPCを登録</source>
            <translation>Register this PC</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="225" />
            <source>削除…</source>
            <translation>Remove…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="233" />
            <source>台帳を開ける端末（PC）の一覧です（ガイドライン第10 端末の限定）。削除した端末では台帳を開けなくなります。削除すると台帳の暗号鍵が更新されます。</source>
            <translation>The terminals (PCs) that can open the vault (guideline 10, restriction of terminals). A removed terminal can no longer open the vault. Removing a terminal renews the vault's encryption key.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="302" />
            <source>このPCを登録しています…</source>
            <translation>Registering this PC…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="320" />
            <source>端末を削除し、暗号鍵を更新しています…</source>
            <translation>Removing the terminal and renewing the encryption key…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="369" />
            <source>事業者情報</source>
            <translation>Company details</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="370" />
            <source>セキュリティ</source>
            <translation>Security</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="371" />
            <source>記録と期限</source>
            <translation>Records and due dates</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="372" />
            <source>表示と言語</source>
            <translation>Display and language</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="373" />
            <source>端末</source>
            <translation>Terminals</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="86" />
            <source>変更はありません。</source>
            <translation>Nothing has changed.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="205" />
            <source>言語の設定を保存しました。アプリを再起動すると反映されます。</source>
            <translation>The language setting has been saved. It takes effect when the application is restarted.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="219" />
            <source>端末名</source>
            <translation>Terminal name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="219" />
            <source>端末ID</source>
            <translation>Terminal ID</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="220" />
            <source>登録日時</source>
            <translation>Registered</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="258" />
            <source>このPC</source>
            <translation>This PC</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="266" />
            <source>端末の限定: 有効。登録済みの端末でだけ台帳を開けます。</source>
            <translation>Terminal binding: on. The vault opens only on registered terminals.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="268" />
            <source>端末の限定を解除…</source>
            <translation>Turn terminal binding off…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="270" />
            <source>端末の限定: 無効。台帳ファイルと鍵ファイルをコピーすれば、パスワードを知っている人はどのPCでも開けます。</source>
            <translation>Terminal binding: off. Anyone who copies the vault file and key file and knows a password can open it on any PC.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="273" />
            <source>端末の限定を有効にする…</source>
            <translation>Turn terminal binding on…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="295" />
            <source>このPCでは安全なキーリング（資格情報の保管場所）が使えないため、端末として登録できません。</source>
            <translation>This PC cannot be registered as a terminal because no secure keyring (credential store) is available here.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="312" />
            <source>端末「{name}」（{id}）を削除します。この端末では台帳を開けなくなり、台帳の暗号鍵が更新されます。</source>
            <translation>The terminal "{name}" ({id}) will be removed. It will no longer open the vault, and the vault's encryption key will be renewed.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="315" />
            <source>これは今使っているPCです。削除すると、次回からこのPCではリカバリーキーがないと台帳を開けません。</source>
            <translation>This is the PC you are using now. After removing it, this PC can open the vault only with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="317" />
            <source>端末の削除</source>
            <translation>Remove terminal</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="334" />
            <location filename="../../ui/admin/settings.py" line="348" />
            <source>設定を変更しています…</source>
            <translation>Changing the setting…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="318" />
            <source>削除する</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="327" />
            <source>端末の限定を解除</source>
            <translation>Turn terminal binding off</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="328" />
            <source>端末の限定を解除すると、台帳ファイルと鍵ファイルをコピーした人は、ユーザーのパスワードがあればどのPCでも台帳を開けるようになります。ガイドライン第10（端末の限定）を満たさなくなります。

この操作は監査ログに記録されます。本当に解除しますか？</source>
            <translation>With terminal binding off, anyone who copies the vault file and key file can open the vault on any PC with a user's password. The vault will no longer meet guideline 10 (restriction of terminals).

This action is recorded in the audit log. Do you really want to turn it off?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="339" />
            <source>このPCでは安全なキーリング（資格情報の保管場所）が使えないため、端末の限定を有効にできません。</source>
            <translation>Terminal binding cannot be turned on because no secure keyring (credential store) is available on this PC.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="343" />
            <source>端末の限定を有効にする</source>
            <translation>Turn terminal binding on</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="344" />
            <source>このPCを登録端末にし、台帳の暗号鍵を更新します。以後、他のPCはリカバリーキーで登録するまで台帳を開けません。続けますか？</source>
            <translation>This PC becomes a registered terminal and the vault's encryption key is renewed. Other PCs cannot open the vault until they are registered with the recovery key. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="84" />
            <source>設定を保存しました（{n}項目）。</source>
            <translation>Settings saved ({n} items).</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="303" />
            <source>このPCを端末として登録しました。</source>
            <translation>This PC has been registered as a terminal.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="321" />
            <source>端末を削除しました。</source>
            <translation>The terminal has been removed.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="332" />
            <source>解除する</source>
            <translation>Turn off</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="346" />
            <source>有効にする</source>
            <translation>Turn on</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="335" />
            <source>端末の限定を解除しました。</source>
            <translation>Terminal binding has been turned off.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/settings.py" line="349" />
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
            <location filename="../../desktop/submittals/forms/__init__.py" line="124" />
            <location filename="../../desktop/submittals/service.py" line="463" />
            <source>提出書類の種類が見つかりません: {slug}</source>
            <translation>Submittal kind not found: {slug}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/_data.py" line="42" />
            <source>{register}の記録 #{id} が見つかりません。</source>
            <translation>{register} record #{id} not found.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="163" />
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
            <location filename="../../desktop/submittals/forms/recovery_sheet.py" line="162" />
            <source>リカバリーキーの形式が正しくありません。</source>
            <translation>The recovery key is not in the right format.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="114" />
            <source>宛先を所管課の長にするには、県の所管課（submittals.section）を設定してください。</source>
            <translation>To address the section head, set the prefecture's section in charge (submittals.section).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/options.py" line="130" />
            <source>文書番号の書式が正しくありません: {fmt}（{{n}} を含め、使えるのは {{prefix}} {{n}} {{nendo}} {{fy}} だけです）</source>
            <translation>The document number format is not valid: {fmt} (it must contain {{n}}, and only {{prefix}} {{n}} {{nendo}} {{fy}} may be used)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="449" />
            <source>「{title}」は取扱注意の書類です。閲覧者の権限では作成・印刷できません。</source>
            <translation>"{title}" is a confidential document. The viewer role cannot produce or print it.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="455" />
            <source>取扱注意の書類を作成・印刷する理由を入力してください。</source>
            <translation>Enter the reason for producing or printing the confidential document.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="730" />
            <source>記録が発行後に変更されています。</source>
            <translation>The records have changed since the document was issued. </translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="730" />
            <source>いま台帳の記録から作り直した文書は、発行した文書と内容が異なります（SHA-256 が記録と一致しません）。発行時の文書は、提出した控えで確認してください。</source>
            <translation>The document just re-created from the vault's records differs from the document issued (its SHA-256 does not match the record). Check the document as issued against the copy you submitted.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="483" />
            <location filename="../../ui/submittals/section.py" line="201" />
            <location filename="../../ui/submittals/section.py" line="203" />
            <location filename="../../ui/submittals/section.py" line="383" />
            <source>発行日</source>
            <translation>Issue date</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="729" />
            <source>発行時の文書と一致します（SHA-256 が記録と同じです）。</source>
            <translation>Matches the document as issued (the SHA-256 is the same as recorded).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="415" />
            <source>取扱注意</source>
            <translation>Confidential</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="736" />
            <source>なお、発行時とフォントが異なります（発行時: {old}、現在: {new}）。フォントの違いだけでも SHA-256 は変わります。</source>
            <translation>Note also that the font differs from the one used when it was issued (then: {old}, now: {new}). A different font alone changes the SHA-256.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="317" />
            <location filename="../../ui/submittals/section.py" line="195" />
            <source>期間</source>
            <translation>Period</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="319" />
            <source>期間の初日</source>
            <translation>First day of the period</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="319" />
            <source>期間の末日</source>
            <translation>Last day of the period</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="322" />
            <source>期間の末日が初日より前になっています。</source>
            <translation>The last day of the period is before the first day.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="329" />
            <location filename="../../desktop/submittals/service.py" line="331" />
            <location filename="../../ui/submittals/section.py" line="173" />
            <location filename="../../ui/submittals/section.py" line="196" />
            <location filename="../../ui/submittals/section.py" line="355" />
            <source>基準日</source>
            <translation>Reference date</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="336" />
            <location filename="../../ui/submittals/section.py" line="176" />
            <location filename="../../ui/submittals/section.py" line="197" />
            <source>年度</source>
            <translation>Fiscal year</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="350" />
            <source>「{title}」を作成するには、次を指定してください: {items}</source>
            <translation>To create "{title}", please give: {items}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="412" />
            <source>この書類は作成できません: {title}</source>
            <translation>This document cannot be created: {title}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="477" />
            <source>発行前の確認で次の点が見つかりました。修正するか、確認したうえで発行してください:
{items}</source>
            <translation>The pre-issue check found the following. Fix them, or confirm and issue:
{items}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="505" />
            <source>発行日（{date}）が、この書類が報告する記録の日付（{until}）より前です。発行日を{until}以降にしてください。</source>
            <translation>The issue date ({date}) is before the records this document reports on ({until}). Choose {until} or later.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="691" />
            <source>発行履歴が見つかりません: {id}</source>
            <translation>Issue record not found: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="741" />
            <source>なお、発行時とアプリの版が異なります（発行時: {old}、現在: {new}）。</source>
            <translation>Note also that the application version differs from the one used when it was issued (then: {old}, now: {new}).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="769" />
            <source>発行時の文書と一致しないため、控えとして保存できません。</source>
            <translation>It does not match the document as issued, so it cannot be saved as a copy.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="283" />
            <source>{what}の日付が正しくありません: {value}（例: 2025-04-01）</source>
            <translation>The date of {what} is not valid: {value} (e.g. 2025-04-01)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="303" />
            <source>対象の記録</source>
            <translation>Record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="726" />
            <source>この文書は再作成できません: {reason}</source>
            <translation>This document cannot be re-created: {reason}</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="344" />
            <source>年度が正しくありません: {value}（例: 2025）</source>
            <translation>The fiscal year is not valid: {value} (e.g. 2025)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/service.py" line="309" />
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
            <location filename="../../ui/submittals/settings_dialog.py" line="77" />
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
            <location filename="../../ui/submittals/record_picker.py" line="46" />
            <source>件名・番号などの一部を入力して検索</source>
            <translation>Search by part of a title, number, …</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="69" />
            <location filename="../../ui/submittals/section.py" line="193" />
            <location filename="../../ui/submittals/section.py" line="408" />
            <source>対象</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="112" />
            <source>（すべて）</source>
            <translation>(all)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="124" />
            <source>検索できませんでした。</source>
            <translation>The search failed.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="77" />
            <source>{label}を検索</source>
            <translation>Search {label}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="116" />
            <source>（該当する記録がありません）</source>
            <translation>(no matching records)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="117" />
            <source>（登録されている記録がありません）</source>
            <translation>(no records registered)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="126" />
            <source>一致する記録のうち先頭の{n}件を表示しています。さらに入力して絞り込んでください。</source>
            <translation>Showing the first {n} matching records. Type more to narrow the search.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/record_picker.py" line="130" />
            <source>{n}件が一致しました。</source>
            <translation>{n} records match.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="558" />
            <source>印刷または保存すると、発行前の確認のあと文書番号を付けて発行し、発行履歴に記録します。</source>
            <translation>Printing or saving runs the pre-issue check, then issues it with a document number and records it in the history.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="780" />
            <location filename="../../ui/submittals/section.py" line="780" />
            <source>提出書類</source>
            <translation>Submittals</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="80" />
            <source>日付を入力してください。</source>
            <translation>Enter a date.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="141" />
            <source>書類の種類</source>
            <translation>Document types</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="163" />
            <location filename="../../ui/submittals/section.py" line="352" />
            <source>期間（から）</source>
            <translation>Period (from)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="164" />
            <location filename="../../ui/submittals/section.py" line="353" />
            <source>期間（まで）</source>
            <translation>Period (to)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="191" />
            <source>作成の条件</source>
            <translation>Conditions</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="199" />
            <source>発行の条件</source>
            <translation>Issue</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="202" />
            <source>文書に記載する発行日です。報告する記録の日付より前にはできません。</source>
            <translation>The date printed on the document; it cannot be before the records it reports on.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="207" />
            <location filename="../../ui/submittals/section.py" line="209" />
            <source>宛先</source>
            <translation>Addressee</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="208" />
            <source>この書類の宛先です。一覧から選ぶか、宛先を入力します。</source>
            <translation>The addressee of this document: choose one or type it.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="212" />
            <location filename="../../ui/submittals/section.py" line="308" />
            <source>プレビュー</source>
            <translation>Preview</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="216" />
            <source>印刷…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="219" />
            <source>PDFとして保存…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="225" />
            <source>書式の設定…</source>
            <translation>Format settings…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="227" />
            <source>文書番号・宛先・押印欄・フォント（管理者）</source>
            <translation>Document numbers, addressee, seal boxes and fonts (administrators)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="246" />
            <source>中止</source>
            <translation>Stop</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="248" />
            <source>書類の作成を中止します（何も発行・記録されません）。</source>
            <translation>Stop making the document (nothing is issued or recorded).</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="277" />
            <location filename="../../ui/submittals/section.py" line="309" />
            <source>発行履歴</source>
            <translation>Issue history</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="288" />
            <source>再作成して照合</source>
            <translation>Re-create and compare</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="290" />
            <source>記録されたときの条件で文書を作り直し、発行時の SHA-256 と一致するかを確かめます。</source>
            <translation>Re-creates the document with the conditions recorded at issue and checks that it matches the SHA-256 recorded then.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="295" />
            <source>印刷または保存した提出書類は、文書番号・発行者・日時・SHA-256 とともに記録されます。行を選んで「再作成して照合」を押すと、発行時の内容と一致するかを確認できます。</source>
            <translation>Submittals that are printed or saved are recorded with their document number, issuer, date and time, and SHA-256. Select a row and press "Re-create and compare" to check that it matches what was issued.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="369" />
            <source>（設定どおり）</source>
            <translation>(as in the settings)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="464" />
            <source>「プレビュー」で内容を確認してから、印刷または保存してください。</source>
            <translation>Check the contents with "Preview", then print or save.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="560" />
            <source>内容を確認して「印刷…」または「PDFとして保存…」を押してください。</source>
            <translation>Check the contents, then press "Print…" or "Save as PDF…".</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="561" />
            <source>プレビューを作成しました。</source>
            <translation>Preview created.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="610" />
            <source>発行前の確認</source>
            <translation>Pre-issue check</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="611" />
            <source>台帳の記録に、この書類について次の点があります。</source>
            <translation>The records show the following for this document.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="614" />
            <source>確認して発行</source>
            <translation>Confirm and issue</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="615" />
            <source>戻って修正</source>
            <translation>Go back and fix</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="698" />
            <source>印刷</source>
            <translation>Print</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="711" />
            <source>PDFとして保存</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="712" />
            <source>PDF ファイル (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="169" />
            <source>〜</source>
            <translation>–</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="233" />
            <source>書類</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="505" />
            <source>中止しています…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="522" />
            <source>書類の作成を中止しました。</source>
            <translation>Stopped making the document.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="523" />
            <source>作成を中止しました。何も発行・記録していません。</source>
            <translation>Stopped. Nothing was issued or recorded.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="557" />
            <source>プレビュー（案・未発行）: {pages}ページ。</source>
            <translation>Preview (draft, not issued): {pages} pages. </translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="603" />
            <source>発行しています…</source>
            <translation>Issuing…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="612" />
            <source>確認したうえで発行すると、その旨が監査ログに記録されます。</source>
            <translation>Issuing after confirming is recorded in the audit trail.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="627" />
            <source>取扱注意の書類</source>
            <translation>Confidential document</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="628" />
            <source>作成・印刷する理由（監査記録に残ります）</source>
            <translation>Reason for producing or printing it (kept in the audit trail)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="677" />
            <source>印刷しました。</source>
            <translation>Printed.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="747" />
            <source>発行済みの文書を再作成しています…</source>
            <translation>Re-creating the issued document…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="752" />
            <source>{number} {title}（{when} 発行）: </source>
            <translation>{number} {title} (issued {when}): </translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="771" />
            <source>発行済みの文書を表示しています。</source>
            <translation>Showing an issued document.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="771" />
            <source>発行時と内容が異なるため、この文書は印刷・保存できません。</source>
            <translation>This document differs from what was issued, so it cannot be printed or saved.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="81" />
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="389" />
            <source>{label}　{start}〜{end}</source>
            <translation>{label} {start} to {end}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="583" />
            <source>発行を取りやめました。記録を修正してから、もう一度プレビューしてください。</source>
            <translation>Not issued. Fix the records, then preview again.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="773" />
            <source>再作成して照合しました: {result}</source>
            <translation>Re-created and compared: {result}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="552" />
            <source>{title}を作成しています…</source>
            <translation>Creating {title}…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="593" />
            <source>発行済み: {number}（{date}）SHA-256 {sha}</source>
            <translation>Issued: {number} ({date}) SHA-256 {sha}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="719" />
            <source>保存しました: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="768" />
            <source>記録された SHA-256: {a}
再作成の SHA-256: {b}</source>
            <translation>Recorded SHA-256: {a}
Re-created SHA-256: {b}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="774" />
            <source>一致</source>
            <translation>match</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="774" />
            <source>不一致</source>
            <translation>mismatch</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="148" />
            <source>対応する条項: {c}</source>
            <translation>Related clauses: {c}</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="496" />
            <source>{text}（{pages}ページ目）</source>
            <translation>{text} (page {pages})</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/section.py" line="594" />
            <source>番号なし</source>
            <translation>No number</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="37" />
            <source>提出書類の書式設定</source>
            <translation>Submittal format settings</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="54" />
            <source>年度ごとに1から振り直す</source>
            <translation>Restart from 1 each fiscal year</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="60" />
            <source>governor: 石川県知事 様、section_head: 所管課の長 様、又は宛先をそのまま入力</source>
            <translation>governor: 石川県知事 様, section_head: the head of the section in charge, or type the addressee</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="63" />
            <source>例: 石川県総務部情報政策課</source>
            <translation>e.g. 石川県総務部情報政策課</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="66" />
            <source>空欄: 自動（IPAex明朝、BIZ UD明朝など）</source>
            <translation>Empty: automatic (IPAex Mincho, BIZ UDMincho, …)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="69" />
            <source>空欄: 自動（IPAexゴシック、BIZ UDゴシックなど）</source>
            <translation>Empty: automatic (IPAex Gothic, BIZ UDGothic, …)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="79" />
            <source>記号</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="80" />
            <source>書式</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="81" />
            <source>{prefix} は記号、{n} は番号、{nendo} は年度（令和7年度）に置き換わります。書式を空欄にすると番号を付けません。</source>
            <translation>{prefix} is replaced by the code, {n} by the number and {nendo} by the fiscal year (令和7年度). Leave the format empty for no numbers.</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="87" />
            <source>宛先・フォント</source>
            <translation>Addressee and fonts</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="89" />
            <source>宛先（共通）</source>
            <translation>Addressee (all forms)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="90" />
            <source>県の所管課</source>
            <translation>Section in charge</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="91" />
            <source>明朝体フォント</source>
            <translation>Mincho font</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="92" />
            <source>ゴシック体フォント</source>
            <translation>Gothic font</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="96" />
            <source>書類ごとの押印欄（見出しを「、」で区切る。空欄: なし）と宛先（空欄: 共通の宛先）</source>
            <translation>Per form: seal boxes (headings separated by 、; empty: none) and addressee (empty: the common one)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="118" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="119" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="130" />
            <source>参照…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="142" />
            <source>TrueType フォント (*.ttf *.ttc);;すべてのファイル (*)</source>
            <translation>TrueType fonts (*.ttf *.ttc);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="157" />
            <source>（明朝体で代用）</source>
            <translation>(Mincho used instead)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="91" />
            <source>明朝体フォントファイルを選択</source>
            <translation>Choose the Mincho font file</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="93" />
            <source>ゴシック体フォントファイルを選択</source>
            <translation>Choose the Gothic font file</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="103" />
            <source>例: 責任者、担当者</source>
            <translation>e.g. 責任者、担当者</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="107" />
            <source>宛先（空欄: 共通）</source>
            <translation>Addressee (empty: common)</translation>
        </message>
        <message>
            <location filename="../../ui/submittals/settings_dialog.py" line="158" />
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
            <location filename="../../desktop/submittals/forms/media_register.py" line="15" />
            <source>外部記憶媒体管理台帳</source>
            <translation>External media register</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/media_register.py" line="108" />
            <source>外部記憶媒体の一覧（利用できる者・保管場所・使用の許可）を基準日現在で作ります。</source>
            <translation>The list of external media (permitted users, storage place, use permission) as of a date.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/permission_application.py" line="14" />
            <source>許可申請書</source>
            <translation>Permission application</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/permission_application.py" line="99" />
            <source>許可・了解の申請の記録から、県へ提出する許可申請書を作ります（下書き・申請中の記録から）。</source>
            <translation>The application to the prefecture, from a draft or submitted permission request.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/permission_application.py" line="95" />
            <source>許可申請</source>
            <translation>Permission request</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="13" />
            <source>外部記憶媒体の運搬に係る責任範囲及び手順報告</source>
            <translation>Report of responsibilities and procedure for transporting external media</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="64" />
            <source>媒体の運搬の記録から、運搬の責任範囲及び手順の報告書を作ります。</source>
            <translation>The report of a media transport's responsibilities and procedure, from its event.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/media_transport_report.py" line="60" />
            <source>媒体の利用記録（運搬）</source>
            <translation>Media event (transport)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="16" />
            <source>データ消去・破壊 実施記録（立会記録）</source>
            <translation>Data erasure and destruction record (witnessed)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="150" />
            <source>期間内の媒体の廃棄・再利用と情報機器の廃棄・返却を、方法と立会者とともに記録します。</source>
            <translation>Media disposed of or reused and equipment disposed of or returned in a period, with the method and the witness.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/erasure_certificate.py" line="146" />
            <source>媒体の利用記録（廃棄・再利用）</source>
            <translation>Media event (disposal or reuse)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="13" />
            <source>持込機器セキュリティ確認票</source>
            <translation>Brought-in device security check</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="121" />
            <source>持込機器の記録から、接続前のセキュリティ確認票を作ります。</source>
            <translation>The security check sheet for a brought-in device before it is connected.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/brought_in.py" line="88" />
            <location filename="../../desktop/submittals/forms/brought_in_check.py" line="117" />
            <source>持込機器</source>
            <translation>Brought-in device</translation>
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
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="29" />
            <source>データ交換記録</source>
            <translation>Data exchange record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/exchange_record.py" line="201" />
            <source>期間内のデータ交換（相手方・日時・方法・内容・サイズとSHA-256の照合・削除確認）の記録です。</source>
            <translation>Data exchanges in the period (counterpart, time, method, content, size and SHA-256 verification, deletion confirmation). Printed as データ交換記録.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/maintenance.py" line="102" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="22" />
            <source>保守作業記録</source>
            <translation>Maintenance record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="146" />
            <source>期間内の保守作業の記録です。機器を選ぶとその機器だけ、選ばなければすべての機器を載せます。</source>
            <translation>Maintenance work in the period: for the chosen equipment only, or for all equipment if none is chosen. Printed as 保守作業記録.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/endpoint_checks.py" line="164" />
            <location filename="../../desktop/registers/definitions/equipment_checks.py" line="51" />
            <location filename="../../desktop/registers/definitions/maintenance.py" line="107" />
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="69" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="71" />
            <location filename="../../desktop/submittals/forms/equipment_checks.py" line="84" />
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="50" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="142" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="99" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="114" />
            <location filename="../../desktop/submittals/forms/maintenance_record.py" line="120" />
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
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="14" />
            <source>セキュリティ機能確認結果</source>
            <translation>Security function check results</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="90" />
            <source>開発案件ごとのセキュリティ機能ア〜クの確認結果、既存システムへの影響確認、本番データの利用状況です。</source>
            <translation>Per development project: the check of security functions a–ku, the impact check on existing systems and the use of production data.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/security_function_checklist.py" line="86" />
            <source>開発案件</source>
            <translation>Development project</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="17" />
            <source>利用者登録状況等 確認結果報告</source>
            <translation>User registration and log review report</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/account_review_report.py" line="165" />
            <source>期間内に行った利用者登録状況の確認・管理者接続履歴の検査・アクセス記録の分析の結果と、利用者ID・外部接続利用者の状況です。本アプリ自身の確認も載ります。</source>
            <translation>Reviews of user registrations, administrators' connection history and access records in a period, with the state of user IDs and external users. Reviews of this app are included.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="15" />
            <source>ウイルス対策・セキュリティパッチ適用状況報告</source>
            <translation>Anti-virus and security patch report</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/endpoint_report.py" line="94" />
            <source>期間内の確認のうち、機器ごとに最新のものを載せます。定義の古さ・検査・パッチ・ウイルス検出を示します。</source>
            <translation>The latest check of each item in the period, with pattern age, scans, patches and infections found.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/software_list.py" line="15" />
            <source>ソフトウェア一覧</source>
            <translation>Software list</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/software_list.py" line="83" />
            <source>基準日に使用しているソフトウェアと、ライセンス数・インストール数・業務使用の承認の一覧です。</source>
            <translation>Software in use on a date with its licences, installations and approval for business use.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/training_plan.py" line="13" />
            <source>教育計画書</source>
            <translation>Training plan</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/training_plan.py" line="101" />
            <source>年度の情報セキュリティ教育の計画（テーマ・契機・対象者・予定月・内容）を提出します。</source>
            <translation>The year's security training plan (theme, reason, who attends, planned month, content).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/training_sessions.py" line="38" />
            <location filename="../../desktop/submittals/forms/training_record.py" line="15" />
            <source>教育実施記録</source>
            <translation>Training record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/training_record.py" line="119" />
            <source>年度内に実施した情報セキュリティ教育と受講者、未受講者の一覧です。</source>
            <translation>Information security training held in the fiscal year, with who attended and who did not. Printed as 教育実施記録.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/documents_list.py" line="14" />
            <source>管理資料一覧（版数・改訂日）</source>
            <translation>List of documents (revisions and dates)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/documents_list.py" line="69" />
            <source>管理資料・手順書の一覧（版数、改訂日、次回見直し予定）です。</source>
            <translation>The documents and procedures with their revision, revision date and next review.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="20" />
            <source>ファイアウォール設定一覧</source>
            <translation>Firewall rule list</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/firewall_rules.py" line="97" />
            <source>基準日に有効なファイアウォール・ルータのルールの一覧です（取扱注意。作成・印刷には理由の入力が必要です）。</source>
            <translation>The firewall and router rules in force on a date (confidential: producing and printing need a reason).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/change_log.py" line="15" />
            <source>システム変更記録</source>
            <translation>System change log</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/change_log.py" line="90" />
            <source>期間内のシステム変更・操作の記録（変更前後の値、県の許可、変更後の正常動作の確認）です。</source>
            <translation>The system changes and operations in a period (values before and after, the prefecture's permission, confirmation of normal operation).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/handover.py" line="12" />
            <source>引継書</source>
            <translation>Handover document</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/handover.py" line="55" />
            <source>担当者の変更に伴う引継の記録（引継事項、引継資料、前任者・後任者の確認）です。</source>
            <translation>A handover when the person in charge changes (what was handed over, documents, both sides' confirmation).</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/handovers.py" line="57" />
            <location filename="../../desktop/submittals/forms/handover.py" line="52" />
            <source>引継記録</source>
            <translation>Handover record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="12" />
            <source>重要情報の誤り等に関する報告</source>
            <translation>Report of an error in important data</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="56" />
            <source>重要な情報の誤りの報告です（発見の経緯、訂正、原票との照合）。</source>
            <translation>A report of an error in important data (how it was found, the correction, the check against the source).</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/data_error_report.py" line="53" />
            <source>誤りの記録</source>
            <translation>Error record</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="26" />
            <source>情報セキュリティ事故報告書（第一報）</source>
            <translation>Incident report (first report)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="228" />
            <source>事故の発生を県へ報告する第一報です（発見・報告の日時、影響、これまでの対応）。</source>
            <translation>The first report of an incident to the prefecture (when it was detected and reported, its impact, the response so far). Printed as 情報セキュリティ事故報告書（第一報）.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="224" />
            <location filename="../../desktop/submittals/forms/incident_report.py" line="237" />
            <source>事故</source>
            <translation>Incident</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="27" />
            <source>情報セキュリティ事故報告書（最終報告）</source>
            <translation>Incident report (final report)</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/incident_report.py" line="242" />
            <source>復旧後に提出する最終報告です（原因の調査結果、回復方法、再発防止策、正常稼働の確認）。</source>
            <translation>The final report, submitted after recovery (cause found, recovery method, prevention measures, confirmation of normal operation). Printed as 情報セキュリティ事故報告書（最終報告）.</translation>
        </message>
        <message>
            <location filename="../../desktop/registers/definitions/runbooks.py" line="127" />
            <location filename="../../desktop/submittals/forms/runbook.py" line="14" />
            <source>事故対応手順書</source>
            <translation>Incident runbook</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/runbook.py" line="114" />
            <source>事故の種類ごとの対応手順（原因究明・証拠の収集と保管・復旧）をまとめた手順書です。</source>
            <translation>The response procedure for one type of incident (cause investigation, evidence collection and storage, recovery). Printed as 事故対応手順書.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/runbook.py" line="110" />
            <source>手順書</source>
            <translation>Runbook</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/audit_response.py" line="14" />
            <source>監査指摘事項への対応状況報告</source>
            <translation>Status of the response to audit findings</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/audit_response.py" line="75" />
            <source>情報セキュリティ監査の指摘事項ごとの是正措置と対応状況の報告です。</source>
            <translation>The corrective action and status of each finding of a security audit.</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/audit_response.py" line="72" />
            <source>監査</source>
            <translation>Audit</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="15" />
            <source>情報セキュリティ対策 自己点検結果報告書</source>
            <translation>Information security self-assessment report</translation>
        </message>
        <message>
            <location filename="../../desktop/submittals/forms/self_assessment.py" line="101" />
            <source>基準日時点の台帳の記録から、要領の各条項の実施状況をまとめた自己点検の報告書です。</source>
            <translation>The guideline clause by clause, as the records show it on a date.</translation>
        </message>
        <message>
            <source>{label}（{start}〜{end}）</source>
            <translation type="obsolete">{label} ({start}–{end})</translation>
        </message>
        <message>
            <source>押印欄（見出しを「、」で区切って入力。空欄: 押印欄なし）</source>
            <translation type="obsolete">Seal boxes (headings separated by "、"; empty: no seal boxes)</translation>
        </message>
        <message>
            <source>印刷または保存すると発行し、発行履歴に記録します。</source>
            <translation type="obsolete">Printing or saving issues the document and records it in the issue history.</translation>
        </message>
        <message>
            <source>プレビュー（未発行）: {pages}ページ。</source>
            <translation type="obsolete">Preview (not issued): {pages} pages.</translation>
        </message>
        <message>
            <source>印刷または保存すると、文書番号「{number}」で発行し、発行履歴に記録します。</source>
            <translation type="obsolete">Printing or saving issues it as document number "{number}" and records it in the issue history.</translation>
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
            <location filename="../../ui/admin/users.py" line="35" />
            <location filename="../../ui/admin/users.py" line="141" />
            <source>ユーザーID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="36" />
            <location filename="../../ui/admin/users.py" line="142" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="37" />
            <location filename="../../ui/admin/users.py" line="143" />
            <source>役割</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="38" />
            <source>状態</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="39" />
            <source>パスワード変更待ち</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="40" />
            <source>パスワード変更日</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="455" />
            <location filename="../../ui/admin/users.py" line="268" />
            <source>ユーザー管理</source>
            <translation>User administration</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="109" />
            <source>ログインに続けて失敗したため、一時的にログインできません。本人確認のうえ「ロック解除」で解除できます。</source>
            <translation>Locked out after repeated failed logins. After confirming who it is, release it with “Release lockout”.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="167" />
            <location filename="../../ui/admin/users.py" line="225" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="205" />
            <source>パスワードの再設定</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="219" />
            <source>新しい初期パスワード</source>
            <translation>New initial password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="220" />
            <source>確認</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="224" />
            <source>再設定</source>
            <translation>Reset</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="241" />
            <source>パスワードを再設定しています…</source>
            <translation>Resetting the password…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="258" />
            <source>ユーザーの一覧</source>
            <translation>Users</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="273" />
            <source>ユーザーは一人ひとり個別のIDで登録します。退職・異動した人のIDは無効にするか削除してください。削除すると台帳の暗号鍵が更新され、古い鍵ファイルの写しでは開けなくなります。</source>
            <translation>Register every person with an individual ID. Disable or delete the IDs of people who have left or moved. Deleting a user renews the vault's encryption key, so old copies of the key file no longer open it.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="281" />
            <source>追加…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="283" />
            <source>編集…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="285" />
            <location filename="../../ui/admin/users.py" line="360" />
            <location filename="../../ui/admin/users.py" line="394" />
            <source>無効にする</source>
            <translation>Disable</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="287" />
            <source>パスワード再設定…</source>
            <translation>Reset password…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="289" />
            <source>ロック解除…</source>
            <translation>Release lockout…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="291" />
            <source>ログインの失敗が続いてロックされたユーザーを、待ち時間の終了前にログインできるようにします。</source>
            <translation>Lets a user locked out after repeated failed logins log in before the wait is over.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="293" />
            <source>削除…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="445" />
            <source>ユーザーを削除し、暗号鍵を更新しています…</source>
            <translation>Deleting the user and renewing the encryption key…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="66" />
            <source>ロック中（あと約 {minutes} 分・{time} まで）</source>
            <translation>locked out (about {minutes} min more, until {time})</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="132" />
            <source>ユーザーの追加</source>
            <translation>Add user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="132" />
            <source>ユーザーの編集</source>
            <translation>Edit user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="152" />
            <source>初期パスワード</source>
            <translation>Initial password</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="153" />
            <source>初期パスワード（確認）</source>
            <translation>Initial password (again)</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="156" />
            <source>初期パスワードは本人に安全な方法で伝えてください。最初のログインで変更が求められます。</source>
            <translation>Give the initial password to the person by a secure means. They must change it at their first login.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="166" />
            <source>追加</source>
            <translation>Add</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="166" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="188" />
            <source>ユーザーを追加しています…</source>
            <translation>Adding the user…</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="238" />
            <location filename="../../ui/admin/users.py" line="181" />
            <source>確認用のパスワードが一致しません。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="338" />
            <source>最初の管理者の署名鍵は記録されていません（署名の導入前に作成された台帳です）。</source>
            <translation>No signing key is recorded for the first administrator (the vault predates signatures).</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="417" />
            <source>ロックの解除</source>
            <translation>Release lockout</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="438" />
            <source>ユーザーの削除</source>
            <translation>Delete user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="97" />
            <source>有効</source>
            <translation>Enabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="97" />
            <source>無効</source>
            <translation>Disabled</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="101" />
            <source>はい</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="206" />
            <source>{name}（{id}）に新しい初期パスワードを設定します。本人は次回のログインで変更を求められます。</source>
            <translation>A new initial password will be set for {name} ({id}). They must change it at their next login.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="360" />
            <source>有効にする</source>
            <translation>Enable</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="373" />
            <source>ユーザーを追加しました。</source>
            <translation>The user has been added.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="391" />
            <source>ユーザーを無効にする</source>
            <translation>Disable user</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="408" />
            <source>パスワードを再設定しました。</source>
            <translation>The password has been reset.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="422" />
            <source>ロックを解除する</source>
            <translation>Release lockout</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="431" />
            <source>{id} のロックを解除しました。</source>
            <translation>Released the lockout of {id}.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="443" />
            <source>削除する</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="335" />
            <source>最初の管理者の署名鍵の指紋: &lt;b&gt;{fp}&lt;/b&gt;&lt;br&gt;リカバリーキー保管票に印刷された指紋と一致することを確かめてください。一致しない場合、監査ログの署名者が差し替えられているおそれがあります。</source>
            <translation>First administrator's signing-key fingerprint: &lt;b&gt;{fp}&lt;/b&gt;&lt;br&gt;Check that it matches the fingerprint printed on the recovery key sheet. If it does not, the audit log's signers may have been replaced.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="418" />
            <source>{name}（{id}）のロックを解除し、すぐにログインできるようにします。

失敗が続いたのが本人の入力ミスであることを確かめてから解除してください。本人がパスワードを忘れた場合は「パスワード再設定」を使います（ロックも解除されます）。

解除は監査ログに記録されます。</source>
            <translation>Release the lockout of {name} ({id}) so they can log in now.

First make sure the failures were their own typing mistakes. If they forgot their password, use “Reset password” instead (it also releases the lockout).

The release is recorded in the audit log.</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="439" />
            <source>{name}（{id}）を削除します。

このユーザーの鍵は台帳から取り除かれ、台帳の暗号鍵が新しくなります（他のユーザーは今までどおりのパスワードで開けます）。監査ログ上の記録は残ります。同じユーザーIDは再利用できません。

削除してよろしいですか？</source>
            <translation>{name} ({id}) will be deleted.

The user's key is removed from the vault and the vault's encryption key is renewed (other users keep their passwords). The user's entries in the audit log remain. The same user ID cannot be used again.

Delete this user?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="392" />
            <source>{name}（{id}）を無効にします。このユーザーはログインできなくなります。よろしいですか？</source>
            <translation>{name} ({id}) will be disabled and can no longer log in. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/admin/users.py" line="448" />
            <source>ユーザーを削除しました。</source>
            <translation>The user has been deleted.</translation>
        </message>
    </context>
    <context>
        <name>Vault</name>
        <message>
            <location filename="../../desktop/backup/keys.py" line="68" />
            <location filename="../../desktop/vault/opening.py" line="412" />
            <source>リカバリーキーの形式が正しくありません（4文字ずつ8組の英数字です）。</source>
            <translation>The recovery key is not in the right format (8 groups of 4 letters and digits).</translation>
        </message>
        <message>
            <location filename="../../desktop/backup/restore.py" line="194" />
            <location filename="../../desktop/backup/restore.py" line="198" />
            <location filename="../../desktop/vault/after_open.py" line="26" />
            <source>ユーザーIDまたはパスワードが違います。</source>
            <translation>Wrong user ID or password.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/after_open.py" line="111" />
            <source>台帳ファイルが鍵ファイルより古い版に戻されています（ロールバック）。鍵の世代: 鍵ファイル {kf}、台帳 {db}。</source>
            <translation>The vault file has been rolled back to an older copy than its key file. Key generation: key file {kf}, vault {db}.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/after_open.py" line="117" />
            <source>鍵ファイルが台帳より古い版に戻されています。鍵の世代: 鍵ファイル {kf}、台帳 {db}。</source>
            <translation>The key file has been rolled back to an older copy than the vault. Key generation: key file {kf}, vault {db}.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/after_open.py" line="41" />
            <location filename="../../desktop/vault/opening.py" line="102" />
            <source>このユーザーは無効にされています。管理者に連絡してください。</source>
            <translation>This user has been disabled. Please contact your administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/after_open.py" line="220" />
            <source>鍵ファイルの状態情報の認証に失敗したため、初期化しました（ロックアウトは維持）。</source>
            <translation>The key file's state failed authentication and was reset (lockouts kept).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="97" />
            <source>前回の鍵の変更が完了していません。台帳を開き直してからやり直してください。</source>
            <translation>The previous key change has not completed. Open the vault again, then retry.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="142" />
            <source>台帳の鍵を更新できませんでした。別のプログラム（daicho verify など）が台帳を読み取っていないか確認し、閉じてから台帳を開き直してください（開き直すと鍵の更新が完了します）。</source>
            <translation>The vault key could not be changed. Check that no other program (such as daicho verify) is reading the vault, close it, and open the vault again (opening it completes the key change).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="199" />
            <source>鍵の変更が途中で中断されています。変更後も台帳を開ける利用者が開くと完了します。</source>
            <translation>A key change was interrupted. It completes when a user who keeps access after the change opens the vault.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/changes.py" line="330" />
            <source>登録されていない端末です: {id}</source>
            <translation>Not a registered terminal: {id}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/creating.py" line="49" />
            <source>同じ名前のファイルがすでにあります: {path}</source>
            <translation>A file with the same name already exists: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/creating.py" line="57" />
            <source>フォルダーを作成できません: {path}（{reason}）</source>
            <translation>Cannot create the folder: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="118" />
            <source>データベースの操作に失敗しました。</source>
            <translation>The database operation failed.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="98" />
            <source>台帳ファイルが壊れています（暗号化ページの検証に失敗しました）。バックアップから復元してください。</source>
            <translation>The vault file is damaged (verification of an encrypted page failed). Please restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="109" />
            <source>ディスクの空き容量が不足しているため保存できませんでした。空き容量を確保してからやり直してください（入力内容は失われていません）。</source>
            <translation>Could not save because the disk is full. Free some space and try again (your input has not been lost).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="115" />
            <source>台帳が別の処理で使用中のため保存できませんでした。少し待ってからやり直してください。</source>
            <translation>Could not save because the vault is in use by another operation. Wait a moment and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="117" />
            <source>台帳ファイルが読み取り専用のため保存できませんでした。</source>
            <translation>Could not save because the vault file is read-only.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="56" />
            <location filename="../../desktop/vault/opening.py" line="181" />
            <source>台帳ファイルを復号できません。ファイルが壊れているか、鍵ファイルがこの台帳のものではありません。</source>
            <translation>The vault file cannot be decrypted. The file is damaged, or the key file does not belong to this vault.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="33" />
            <source>台帳ファイルを開けません: {path}</source>
            <translation>Cannot open the vault file: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/database.py" line="49" />
            <source>台帳ファイルが壊れています: {page} ページ目の暗号化ページの認証に失敗しました。バックアップから復元してください。</source>
            <translation>The vault file is damaged: authentication of encrypted page {page} failed. Please restore it from a backup.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="58" />
            <source>データベースの構造に問題があります: {detail}</source>
            <translation>The database structure has a problem: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="62" />
            <source>参照整合性の問題が {n} 件あります（最初: 表 {table} の行 {rowid}）。</source>
            <translation>There are {n} referential-integrity problems (first: table {table}, row {rowid}).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="41" />
            <source>台帳ファイルの {page} ページ目が壊れているか改ざんされています（暗号化ページの認証に失敗）。</source>
            <translation>Page {page} of the vault file is damaged or has been tampered with (authentication of the encrypted page failed).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="48" />
            <source>台帳ファイルの暗号化ページの検証で問題が見つかりました: {detail}</source>
            <translation>Checking the encrypted pages of the vault file found a problem: {detail}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="83" />
            <source>監査ログを読み取れません（{detail}）。</source>
            <translation>The audit log cannot be read ({detail}).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/integrity.py" line="77" />
            <source>台帳ファイルが壊れています（{detail}）。</source>
            <translation>The vault file is damaged ({detail}).</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="150" />
            <source>鍵ファイルがこのアプリより新しい版で作成されています。アプリを更新してください。</source>
            <translation>The key file was made by a newer version of this application. Please update the application.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="139" />
            <source>鍵ファイルが壊れているか、この製品の鍵ファイルではありません: {path}</source>
            <translation>The key file is damaged or is not a key file of this product: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="126" />
            <source>鍵ファイルが見つかりません: {path}
データベースと同じフォルダーに置いてください。</source>
            <translation>Key file not found: {path}
Place it in the same folder as the database.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keyfile.py" line="132" />
            <source>鍵ファイルを読み込めません: {path}（{reason}）</source>
            <translation>Cannot read the key file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="76" />
            <source>鍵ファイルが台帳の鍵なしで書き換えられています（利用者・端末・リカバリーキーの登録が改ざんされた可能性があります）。この鍵ファイルでは開けません。バックアップから復元するか、管理者に連絡してください。</source>
            <translation>The key file was changed without the vault's key (users, terminals or the recovery key may have been tampered with). The vault will not open with this key file. Restore from a backup or contact your administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="185" />
            <source>鍵ファイルが別のプログラムで変更されました。台帳を開き直してからやり直してください。</source>
            <translation>The key file was changed by another program. Open the vault again, then retry.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="225" />
            <source>鍵ファイルが別の処理で使用中です。少し待ってからやり直してください。</source>
            <translation>The key file is in use by another process. Wait a moment and try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/keystore.py" line="145" />
            <source>鍵ファイルのロックを作成できません: {path}（{reason}）</source>
            <translation>Cannot create the key file's lock: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/lockfile.py" line="53" />
            <source>この台帳は別のウィンドウまたは別のプログラムで開かれています。そちらを閉じてから開き直してください。</source>
            <translation>This vault is open in another window or program. Close it there and open it again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/lockfile.py" line="36" />
            <source>ロックファイルを作成できません: {path}（{reason}）</source>
            <translation>Cannot create the lock file: {path} ({reason})</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/logins.py" line="50" />
            <source>ログインに続けて失敗したため、このユーザーは一時的にロックされています。あと約 {minutes} 分お待ちください。</source>
            <translation>This user is temporarily locked after repeated failed logins. Please wait about {minutes} minutes.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/migrations.py" line="65" />
            <source>この台帳はより新しい版のアプリで作成・更新されています（スキーマ {found}、このアプリは {supported} まで）。アプリを更新してから開いてください。</source>
            <translation>This vault was created or updated by a newer version of the application (schema {found}; this application supports up to {supported}). Update the application before opening it.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="157" />
            <source>このPCは、この台帳を開ける端末として登録されていません。管理者がリカバリーキーを使ってこのPCを登録してください。</source>
            <translation>This PC is not registered as a terminal that may open this vault. An administrator must register it with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="150" />
            <source>この台帳は登録済みの端末でだけ開けますが、このPCでは安全なキーリング（資格情報の保管場所）が使えません。キーリングを使える状態にするか、管理者がリカバリーキーで開いてください。</source>
            <translation>This vault opens only on registered terminals, but no secure keyring (credential store) is available on this PC. Make a keyring available, or have an administrator open the vault with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="199" />
            <source>鍵の変更が途中で中断されています。変更前から台帳を開ける利用者が開くと完了します。</source>
            <translation>A key change was interrupted. It completes when a user who could open the vault before the change opens it.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="268" />
            <source>鍵ファイルの利用者の登録が壊れています（共有鍵を取り出せません）。バックアップから復元するか、管理者に連絡してください。</source>
            <translation>A user's entry in the key file is damaged (the key share cannot be read). Restore from a backup or contact your administrator.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="35" />
            <source>台帳ファイルが見つかりません: {path}</source>
            <translation>Vault file not found: {path}</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="428" />
            <source>リカバリーキーが違います。</source>
            <translation>Wrong recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="472" />
            <source>リカバリーキーで開けるのは管理者だけです。</source>
            <translation>Only an administrator can open the vault with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/opening.py" line="296" />
            <source>この台帳はスキーマの更新が必要です。一度通常どおり開いてから、やり直してください。</source>
            <translation>This vault needs a schema update. Open it normally once, then try again.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/terminal.py" line="58" />
            <source>このPCでは安全なキーリング（OSの資格情報の保管場所）が使えないため、端末の登録情報を保存できません。</source>
            <translation>The terminal registration cannot be stored because no secure keyring (operating-system credential store) is available on this PC.</translation>
        </message>
        <message>
            <location filename="../../desktop/vault/vault.py" line="148" />
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
            <location filename="../../ui/widgets/password.py" line="76" />
            <source>注意: Caps Lock がオンになっています。</source>
            <translation>Note: Caps Lock is on.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password.py" line="155" />
            <source>✓ このパスワードは使用できます。</source>
            <translation>✓ This password can be used.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets/password.py" line="132" />
            <source>パスワードは{n}文字以上で、推測されにくいものにしてください。</source>
            <translation>Use at least {n} characters and a password that is hard to guess.</translation>
        </message>
    </context>
    <context>
        <name>Wizard</name>
        <message>
            <location filename="../../ui/session/wizard.py" line="50" />
            <location filename="../../ui/session/wizard.py" line="84" />
            <source>台帳ファイルの保存場所</source>
            <translation>Location of the vault file</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="51" />
            <source>すべての記録は、この1つの暗号化ファイルに保存されます。鍵ファイル（同じ名前に .keys が付いたもの）が同じフォルダーに作られます。</source>
            <translation>All records are stored in this one encrypted file. A key file (the same name with .keys added) is created in the same folder.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="55" />
            <source>変更…</source>
            <translation>Change…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="60" />
            <source>共有ドライブではなく、このPCのディスク上の場所をおすすめします。バックアップは後で登録済みの媒体に書き出せます。</source>
            <translation>A location on this PC's own disk is recommended rather than a shared drive. Backups can later be exported to registered media.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="67" />
            <source>台帳ファイル:</source>
            <translation>Vault file:</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="74" />
            <source>別のPCで作成したバックアップがある場合は、新しく作成せずにバックアップから復元できます。</source>
            <translation>If you have a backup made on another PC, you can restore it instead of creating a new vault.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="77" />
            <source>バックアップから復元…</source>
            <translation>Restore from backup…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="85" />
            <source>台帳ファイル (*.vault)</source>
            <translation>Vault files (*.vault)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="121" />
            <source>事業者の情報</source>
            <translation>Company details</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="122" />
            <source>提出書類の申請者欄に使われます。後から「設定」で変更できます。</source>
            <translation>Used in the applicant block of submittals. You can change them later in Settings.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="126" />
            <source>商号又は名称（必須）</source>
            <translation>Company name (required)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="127" />
            <source>所在地</source>
            <translation>Address</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="128" />
            <source>代表者職氏名</source>
            <translation>Representative (title and name)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="129" />
            <source>委託業務名</source>
            <translation>Contracted work</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="132" />
            <source>例: 株式会社〇〇情報システム</source>
            <translation>e.g. 〇〇 Information Systems Co., Ltd.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="133" />
            <source>例: 石川県金沢市〇〇町1-2-3</source>
            <translation>e.g. 1-2-3 〇〇-machi, Kanazawa, Ishikawa</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="134" />
            <source>例: 代表取締役 山田 太郎</source>
            <translation>e.g. President, Taro Yamada</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="135" />
            <source>例: 〇〇システム保守業務委託</source>
            <translation>e.g. ○○ system maintenance contract</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="158" />
            <source>最初の管理者</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="159" />
            <source>管理者はユーザーの追加・無効化・削除、パスワードの再設定、設定の変更ができます。</source>
            <translation>Administrators add, disable and delete users, reset passwords and change settings.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="163" />
            <source>半角英数字（例: yamada）</source>
            <translation>Letters and digits (e.g. yamada)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="182" />
            <source>ユーザーID</source>
            <translation>User ID</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="184" />
            <source>氏名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="185" />
            <source>パスワード</source>
            <translation>Password</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="186" />
            <source>パスワード（確認）</source>
            <translation>Password (again)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="232" />
            <source>使用する端末の限定</source>
            <translation>Restricting the terminals</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="234" />
            <source>台帳を作成</source>
            <translation>Create vault</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="239" />
            <source>端末を限定せずに使用します（この選択は監査ログに記録されます）</source>
            <translation>Use without restricting terminals (this choice is recorded in the audit log)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="297" />
            <source>リカバリーキー</source>
            <translation>Recovery key</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="298" />
            <source>台帳が作成されました。リカバリーキーはこの画面で一度だけ表示されます。</source>
            <translation>The vault has been created. The recovery key is shown only once, on this screen.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="308" />
            <source>パスワードを全員が忘れたときや、別のPCを端末として登録するときに必要です。紙に印刷するかPDFで保存し、鍵のかかる場所に保管してください。このキーがあれば台帳を復号できるため、現金と同じように厳重に扱ってください。</source>
            <translation>It is needed when every user has forgotten their password, and to register another PC as a terminal. Print it or save it as PDF and keep it under lock and key. This key can decrypt the vault, so treat it like cash.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="312" />
            <source>PDFとして保存…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="314" />
            <source>印刷…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="398" />
            <source>リカバリーキー保管票をPDFとして保存</source>
            <translation>Save the recovery key sheet as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="399" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="439" />
            <source>委託セキュリティ台帳 — 初期設定</source>
            <translation>Itaku Daicho — First-time setup</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="443" />
            <source>次へ &gt;</source>
            <translation>Next &gt;</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="444" />
            <source>&lt; 戻る</source>
            <translation>&lt; Back</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="445" />
            <source>完了</source>
            <translation>Finish</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="446" />
            <source>キャンセル</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="489" />
            <source>台帳を作成しています。このPCに合わせて鍵の導出の強さを調整しています（数秒かかります）…</source>
            <translation>Creating the vault. Adjusting the key-derivation cost to this PC (this takes a few seconds)…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="511" />
            <source>台帳を作成しています…</source>
            <translation>Creating the vault…</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="101" />
            <source>この場所にはすでに台帳ファイルがあります。別の名前を選ぶか、ログイン画面から既存の台帳を開いてください。</source>
            <translation>A vault file already exists at this location. Choose another name, or open the existing vault from the login window.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="105" />
            <source>フォルダーではなくファイル名を指定してください。</source>
            <translation>Please give a file name, not a folder.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="212" />
            <source>確認用のパスワードが一致しません。</source>
            <translation>The two passwords do not match.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="250" />
            <source>台帳は登録された端末でだけ開けるようにします（ガイドライン第10 端末の限定）。</source>
            <translation>The vault will open only on registered terminals (guideline 10, restriction of terminals).</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="252" />
            <source>このPCを最初の登録端末として、OSの資格情報の保管場所（キーリング）に端末の鍵を保存します。
台帳ファイルが他のPCにコピーされても、ユーザーのパスワードだけでは開けません。
別のPCで使うときは、管理者がリカバリーキーでそのPCを登録します。</source>
            <translation>This PC becomes the first registered terminal; its terminal key is stored in the operating system's credential store (keyring).
If the vault file is copied to another PC, a user's password alone will not open it there.
To use another PC, an administrator registers it with the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="258" />
            <source>このPCでは安全なキーリングが使えません。</source>
            <translation>No secure keyring is available on this PC.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="259" />
            <source>このPCには、端末の鍵を安全に保管できるキーリング（資格情報の保管場所）がありません。そのため、台帳を開けるPCを限定できません。

限定しない場合、台帳ファイルと鍵ファイルをコピーした人は、ユーザーのパスワードがあれば別のPCでも開けます。

キーリングを使えるようにするには:
・Windows: 資格情報マネージャー（標準で使えます。ログオンしているユーザーで起動してください）
・macOS: キーチェーン（標準で使えます）
・Linux: GNOME Keyring または KWallet をインストールし、デスクトップのログイン時に解錠されるようにします（例: sudo apt install gnome-keyring）。
その後このアプリを起動し直せば、端末を限定して作成できます。

限定せずにこのまま進めるには、下の項目にチェックを入れてください。</source>
            <translation>This PC has no keyring (credential store) that can keep the terminal key safely, so the vault cannot be limited to registered PCs.

Without that limit, anyone who copies the vault file and its key file can open it on another PC with a user's password.

To get a keyring:
• Windows: Credential Manager (built in; start the app as the logged-on user)
• macOS: Keychain (built in)
• Linux: install GNOME Keyring or KWallet and have it unlocked at desktop login (e.g. sudo apt install gnome-keyring).
Then start this app again to create the vault limited to registered PCs.

To continue without the limit, tick the box below.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="378" />
            <source>✓ 確認できました。「完了」を押すとログイン画面に進みます。</source>
            <translation>✓ Confirmed. Press "Finish" to go to the login window.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="509" />
            <source>台帳を作成できませんでした</source>
            <translation>The vault could not be created</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="215" />
            <source>✓ 一致しています。</source>
            <translation>✓ The passwords match.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="358" />
            <source>書き留めたことを確かめるため、{a}組目と{b}組目（左から数えて）を入力してください。大文字・小文字は区別しません（O と 0、I・L と 1 も同じ文字として扱います）。</source>
            <translation>To confirm you wrote it down, enter group {a} and group {b} (counting from the left). Upper and lower case are the same (so are O and 0, and I, L and 1).</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="361" />
            <location filename="../../ui/session/wizard.py" line="362" />
            <source>{n}組目</source>
            <translation>Group {n}</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="381" />
            <source>入力した組がリカバリーキーと一致しません。</source>
            <translation>The groups you entered do not match the recovery key.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="407" />
            <source>保存しました: {path}
印刷したら、PDFファイルは安全な場所に移すか削除してください。</source>
            <translation>Saved: {path}
After printing, move the PDF file to a safe place or delete it.</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="420" />
            <source>リカバリーキー保管票</source>
            <translation>Recovery key sheet</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="542" />
            <source>初期設定の中止</source>
            <translation>Cancel setup</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="543" />
            <source>入力した内容は保存されず、台帳は作成されません。初期設定を中止してもよろしいですか？</source>
            <translation>What you entered is not kept and no vault is created. Cancel the setup?</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="548" />
            <source>リカバリーキーの確認</source>
            <translation>Recovery key confirmation</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="549" />
            <source>リカバリーキーの確認がまだです。このまま閉じるとキーは二度と表示されません。閉じてもよろしいですか？</source>
            <translation>You have not confirmed the recovery key yet. If you close now, the key will never be shown again. Close anyway?</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="331" />
            <source>リカバリーキーの確認（{n}つ目の欄）</source>
            <translation>Recovery key check (box {n})</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="364" />
            <source>リカバリーキーの{n}組目</source>
            <translation>Recovery key group {n}</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="544" />
            <source>中止する</source>
            <translation>Cancel setup</translation>
        </message>
        <message>
            <location filename="../../ui/session/wizard.py" line="551" />
            <source>閉じる</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>契約名・所管課</source>
            <translation type="obsolete">Contract name / responsible section</translation>
        </message>
        <message>
            <source>例: 〇〇システム保守業務委託（〇〇部〇〇課）</source>
            <translation type="obsolete">e.g. 〇〇 system maintenance contract (〇〇 Section, 〇〇 Department)</translation>
        </message>
        <message>
            <source>このPCには、端末の鍵を安全に保管できるキーリング（資格情報の保管場所）がありません。そのため、台帳を開けるPCを限定できません。

限定しない場合、台帳ファイルと鍵ファイルをコピーした人は、ユーザーのパスワードがあれば別のPCでも開けます。キーリングを使えるようにしてから作成し直すこともできます。

このまま進めるには、下の項目にチェックを入れてください。</source>
            <translation type="obsolete">This PC has no keyring (credential store) that can keep the terminal key safely, so the vault cannot be restricted to particular PCs.

Without the restriction, anyone who copies the vault file and key file can open it on another PC with a user's password. You can also make a keyring available and create the vault again.

To continue anyway, tick the box below.</translation>
        </message>
        <message>
            <source>書き留めたことを確かめるため、{a}組目と{b}組目（左から数えて）を入力してください。</source>
            <translation type="obsolete">To make sure you have written it down, enter group {a} and group {b} (counting from the left).</translation>
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
