<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Channel</name>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>手紙</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>SNS</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>DatabaseOpener</name>
    <message>
        <source>restored %1; the previous file is kept as %2</source>
        <translation>%1 から復元しました。以前のファイルは %2 として残してあります</translation>
    </message>
    <message>
        <source>The backup could not be restored; the database is as it was.

%1</source>
        <translation>バックアップから復元できませんでした。データベースは元のままです。

%1</translation>
    </message>
    <message>
        <source>%1

The file was left as it is. You can restore one of its backups.</source>
        <translation>%1

ファイルはそのまま残してあります。バックアップのどれかから復元できます。</translation>
    </message>
    <message>
        <source>The server refused that password; type it again.</source>
        <translation>サーバーがそのパスワードを受け付けませんでした。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>No particular outcome</source>
        <translation>特になし</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>話せた</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>不在</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>伝言を残した</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>関心あり</translation>
    </message>
    <message>
        <source>Not interested</source>
        <translation>関心なし</translation>
    </message>
    <message>
        <source>Meeting booked</source>
        <translation>面談の約束</translation>
    </message>
    <message>
        <source>E-mail bounced</source>
        <translation>メール不達</translation>
    </message>
</context>
<context>
    <name>SourceKind</name>
    <message>
        <source>Trade show</source>
        <translation>展示会</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>紹介</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>セミナー</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>広告</translation>
    </message>
    <message>
        <source>Cold call</source>
        <translation>テレアポ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>Cold</source>
        <translation>認知</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>関心</translation>
    </message>
    <message>
        <source>Hot</source>
        <translation>検討</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>リピーター</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
</context>
<context>
    <name>kizuna::AgendaModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最終接触</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>今週</translation>
    </message>
    <message>
        <source>Dropped leads</source>
        <translation>途切れたリード</translation>
    </message>
    <message>
        <source>Details to review</source>
        <translation>要確認の連絡先情報</translation>
    </message>
</context>
<context>
    <name>kizuna::AgendaView</name>
    <message>
        <source>Agenda</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Could not read the agenda: %1</source>
        <translation>予定を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>完了(&amp;D)…</translation>
    </message>
    <message>
        <source>Snooze 1 d&amp;ay</source>
        <translation>1日延期(&amp;A)</translation>
    </message>
    <message>
        <source>Snooze 1 &amp;week</source>
        <translation>1週間延期(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>日程変更(&amp;R)…</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Schedule follow-up…</source>
        <translation>フォローを予定(&amp;S)…</translation>
    </message>
    <message>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message>
        <source>Done. Next follow-up: %1</source>
        <translation>完了しました。次回のフォロー: %1</translation>
    </message>
    <message>
        <source>Done. No further follow-up.</source>
        <translation>完了しました。次回のフォローはありません。</translation>
    </message>
    <message>
        <source>Snoozed to %1</source>
        <translation>%1 に延期しました</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>%1 に変更しました</translation>
    </message>
    <message>
        <source>Skipped. Next follow-up: %1</source>
        <translation>スキップしました。次回のフォロー: %1</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>スキップしました。</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォロー</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1</source>
        <translation>%1 にフォローを予定しました</translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation>日程変更</translation>
    </message>
    <message>
        <source>Schedule follow-up</source>
        <translation>フォローを予定</translation>
    </message>
    <message numerus="yes">
        <source>Call sheet saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>コールシートを保存しました: %1（%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>コールシート</translation>
    </message>
    <message>
        <source>Save call sheet as PDF</source>
        <translation>コールシートをPDFで保存</translation>
    </message>
    <message>
        <source>call-sheet-%1.pdf</source>
        <translation>コールシート-%1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print call sheet…</source>
        <translation>コールシートを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>The printer could not print.</source>
        <translation>プリンターで印刷できませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Call sheet printed (%n page(s))</source>
        <translation>
            <numerusform>コールシートを印刷しました（%nページ）</numerusform>
        </translation>
    </message>
    <message>
        <source>Call sheet as PD&amp;F…</source>
        <translation>コールシートをPDFに(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>kizuna::CompaniesView</name>
    <message>
        <source>Company name or reading</source>
        <translation>会社名または読み</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Merge companies…</source>
        <translation>会社を統合(&amp;M)…</translation>
    </message>
    <message>
        <source>Select the two companies that are one firm</source>
        <translation>同じ会社である2社を選択してください</translation>
    </message>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n 社</numerusform>
        </translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Double-click or press Return to open the person</source>
        <translation>ダブルクリックまたは Enter キーで担当者を開きます</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>担当者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Deals</source>
        <translation>商談(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Select a company</source>
        <translation>会社を選択してください</translation>
    </message>
    <message>
        <source>No companies</source>
        <translation>会社はまだありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n people · best stage %1 · %2 open deals · won %3</source>
        <translation>
            <numerusform>担当者 %n 名・最も進んだ段階 %1・進行中の商談 %2 件・受注額 %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::CompanyListModel</name>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>People</source>
        <translation>担当者数</translation>
    </message>
    <message>
        <source>Best stage</source>
        <translation>最も進んだ段階</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>進行中の商談</translation>
    </message>
    <message>
        <source>Won revenue</source>
        <translation>受注額</translation>
    </message>
</context>
<context>
    <name>kizuna::CompanyPeopleModel</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>次回のフォロー</translation>
    </message>
</context>
<context>
    <name>kizuna::CompleteFollowUpCommand</name>
    <message>
        <source>follow-up with %1 done</source>
        <translation>%1 さんのフォロー完了</translation>
    </message>
</context>
<context>
    <name>kizuna::ConnectionRetry</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>The connection to %1 was lost; your changes are kept. Retry to save them, or Cancel to leave them.</source>
        <translation>%1 への接続が切れました。変更は残っています。再試行で保存するか、キャンセルで破棄してください。</translation>
    </message>
    <message>
        <source>%1 still cannot be reached; your changes are kept. Retry when it is back, or Cancel to leave them.

%2</source>
        <translation>%1 にまだ接続できません。変更は残っています。接続が戻ったら再試行するか、キャンセルで破棄してください。

%2</translation>
    </message>
</context>
<context>
    <name>kizuna::ContactActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>元に戻す: %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>やり直す: %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>新しい連絡先(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>連絡先を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Add &amp;Tag…</source>
        <translation>タグを付ける(&amp;T)…</translation>
    </message>
    <message>
        <source>Re&amp;move Tag…</source>
        <translation>タグを外す(&amp;M)…</translation>
    </message>
    <message>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message>
        <source>%1 added.</source>
        <translation>%1 さんを登録しました。</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>%1 さんを保存しました。</translation>
    </message>
    <message>
        <source>Moved to the trash. Edit › Undo brings it back.</source>
        <translation>ごみ箱に移しました。編集 › 元に戻す で戻せます。</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>タグを付ける</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>タグ:</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>タグを外す</translation>
    </message>
    <message>
        <source>Change &amp;Stage of Selection…</source>
        <translation>選択した連絡先の段階を変更(&amp;S)…</translation>
    </message>
    <message>
        <source>Schedule &amp;Follow-up for Selection…</source>
        <translation>選択した連絡先のフォローを予定(&amp;F)…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved to %1.</source>
        <translation>
            <numerusform>%n 件の連絡先を「%1」に変更しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change stage</source>
        <translation>段階の変更</translation>
    </message>
    <message numerus="yes">
        <source>Stage for %n selected contact(s):</source>
        <translation>
            <numerusform>選択した %n 件の連絡先の段階:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation>
            <numerusform>選択した %n 件の連絡先</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A follow-up was scheduled for each of %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先それぞれにフォローを予定しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot; added to %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先にタグ「%1」を付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot; removed from %n contact(s).</source>
        <translation>
            <numerusform>%n 件の連絡先からタグ「%1」を外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected contact(s):</source>
        <translation>
            <numerusform>選択した %n 件の連絡先に付けるタグ:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tags on the %n selected contact(s).</source>
        <translation>
            <numerusform>選択した %n 件の連絡先にはタグがありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ContactDetailView</name>
    <message>
        <source>Select a contact to see their card.</source>
        <translation>連絡先を選ぶと名刺の内容が表示されます。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>直通</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得経路</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Card exchanged</source>
        <translation>名刺交換日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 (guessed)</source>
        <translation>%1（推定）</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit this contact (F2)</source>
        <translation>この連絡先を編集します (F2)</translation>
    </message>
    <message>
        <source>Confirm &amp;reading</source>
        <translation>読みを確認(&amp;R)</translation>
    </message>
    <message>
        <source>The guessed reading is right</source>
        <translation>推定した読みで合っています</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>added by %1 on %2</source>
        <translation>%2 に %1 が登録</translation>
    </message>
    <message>
        <source>last changed by %1 on %2</source>
        <translation>%2 に %1 が最終変更</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1、%2</translation>
    </message>
</context>
<context>
    <name>kizuna::ContactEditorDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 さんの編集</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新しい連絡先</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Reading of the family name</source>
        <translation>姓の読み</translation>
    </message>
    <message>
        <source>Reading of the given name</source>
        <translation>名の読み</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Second e-mail</source>
        <translation>メール2</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>会社電話</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>直通電話</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>携帯</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得経路</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Card exchanged</source>
        <translation>名刺交換日</translation>
    </message>
    <message>
        <source>family name, e.g. 山田</source>
        <translation>姓（例: 山田）</translation>
    </message>
    <message>
        <source>given name, e.g. 太郎</source>
        <translation>名（例: 太郎）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. やまだ</source>
        <translation>例: やまだ</translation>
    </message>
    <message>
        <source>e.g. たろう</source>
        <translation>例: たろう</translation>
    </message>
    <message>
        <source>&amp;Reading:</source>
        <translation>読み(&amp;R):</translation>
    </message>
    <message>
        <source>Guessed — please confirm</source>
        <translation>自動推定です — 確認してください</translation>
    </message>
    <message>
        <source>The reading is &amp;right</source>
        <translation>この読みで正しい(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>会社名(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部署(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>役職(&amp;T):</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>獲得経路(&amp;U):</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>段階(&amp;A):</translation>
    </message>
    <message>
        <source>separated by commas, e.g. VIP, 展示会2026</source>
        <translation>読点かカンマで区切る（例: VIP、展示会2026）</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>Card e&amp;xchanged on</source>
        <translation>名刺交換日(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>e.g. taro.yamada@example.co.jp</source>
        <translation>例: taro.yamada@example.co.jp</translation>
    </message>
    <message>
        <source>Second e-&amp;mail:</source>
        <translation>メール2(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>会社電話(&amp;W):</translation>
    </message>
    <message>
        <source>e.g. 03-1234-5678</source>
        <translation>例: 03-1234-5678</translation>
    </message>
    <message>
        <source>Direct &amp;line:</source>
        <translation>直通電話(&amp;L):</translation>
    </message>
    <message>
        <source>Mo&amp;bile:</source>
        <translation>携帯(&amp;B):</translation>
    </message>
    <message>
        <source>e.g. 090-1234-5678</source>
        <translation>例: 090-1234-5678</translation>
    </message>
    <message>
        <source>&amp;Fax:</source>
        <translation>FAX(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>郵便番号(&amp;P):</translation>
    </message>
    <message>
        <source>e.g. 101-0041</source>
        <translation>例: 101-0041</translation>
    </message>
    <message>
        <source>Addre&amp;ss:</source>
        <translation>住所(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Web:</source>
        <translation>Web(&amp;H):</translation>
    </message>
    <message>
        <source>e.g. https://www.example.co.jp</source>
        <translation>例: https://www.example.co.jp</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>読み直す(&amp;L)</translation>
    </message>
    <message>
        <source>Show what is stored now in the fields changed elsewhere, and keep your other changes</source>
        <translation>ほかで変更された欄に保存済みの内容を表示し、それ以外の変更はそのまま残します</translation>
    </message>
    <message>
        <source>Give the contact a name or an e-mail address.</source>
        <translation>名前かメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address.</source>
        <translation>%1:「%2」はメールアドレスではありません。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a phone number.</source>
        <translation>%1:「%2」は電話番号ではありません。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a postal code.</source>
        <translation>%1:「%2」は郵便番号ではありません。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a web address.</source>
        <translation>%1:「%2」はWebアドレスではありません。</translation>
    </message>
    <message>
        <source>%1: write the reading in kana.</source>
        <translation>%1: 読みはかなで入力してください。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>担当者(&amp;W):</translation>
    </message>
    <message>
        <source>%1 was changed in another window or program since you opened it (%2). </source>
        <translation>%1 さんの連絡先は、開いた後に別のウィンドウかプログラムで変更されました（%2）。</translation>
    </message>
    <message>
        <source>%1 was changed by %3 since you opened it (%2). </source>
        <translation>%1 さんの連絡先は、開いた後に %3 さんが変更しました（%2）。</translation>
    </message>
    <message>
        <source>Nothing was saved. Reload to see the stored values and choose, field by field, whether to keep them or yours; your other changes stay in the fields.</source>
        <translation>まだ何も保存していません。「読み直す」で保存されている値を表示し、項目ごとにその値か自分の値かを選べます。ほかの項目の変更は入力欄に残ります。</translation>
    </message>
    <message>
        <source>%1: yours was “%2” — &lt;a href=&quot;%3&quot;&gt;use yours&lt;/a&gt;</source>
        <translation>%1: 自分の値は「%2」 — &lt;a href=&quot;%3&quot;&gt;自分の値を使う&lt;/a&gt;</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
    <message>
        <source>Reloaded: these fields now show what is stored. Keep them, or use yours, then press OK to save.</source>
        <translation>読み直しました: 次の項目は保存されている値になっています。そのままにするか自分の値を使うかを選び、OK で保存してください。</translation>
    </message>
</context>
<context>
    <name>kizuna::ContactFieldLabel</name>
    <message>
        <source>(do not import)</source>
        <translation>（取り込まない）</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Reading of the full name</source>
        <translation>氏名の読み</translation>
    </message>
    <message>
        <source>Reading of the family name</source>
        <translation>姓の読み</translation>
    </message>
    <message>
        <source>Reading of the given name</source>
        <translation>名の読み</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone (any kind)</source>
        <translation>電話（種類を問わない）</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>会社電話</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>直通電話</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webサイト</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Tags (a list)</source>
        <translation>タグ（一覧）</translation>
    </message>
    <message>
        <source>Tag named by the heading (1 = yes)</source>
        <translation>列名のタグ（1 なら付ける）</translation>
    </message>
    <message>
        <source>Card exchanged on</source>
        <translation>名刺交換日</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得経路</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
</context>
<context>
    <name>kizuna::ContactFilterBar</name>
    <message>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべての獲得経路</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>すべての人</translation>
    </message>
    <message>
        <source>No follow-up planned</source>
        <translation>フォロー予定なし</translation>
    </message>
    <message>
        <source>Reading to confirm</source>
        <translation>読みの確認待ち</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>段階(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ag:</source>
        <translation>タグ(&amp;A):</translation>
    </message>
    <message>
        <source>Sour&amp;ce:</source>
        <translation>獲得経路(&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
</context>
<context>
    <name>kizuna::ContactListModel</name>
    <message>
        <source>Reading guessed automatically; please confirm it</source>
        <translation>読みは自動推定です。確認してください</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>%1 から期限切れ</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>次回のフォロー</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>最終接触</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得経路</translation>
    </message>
</context>
<context>
    <name>kizuna::ContactPane</name>
    <message>
        <source>&amp;Log touch…</source>
        <translation>接触を記録(&amp;L)…</translation>
    </message>
    <message>
        <source>Log a call, mail or visit with this contact</source>
        <translation>この連絡先との電話・メール・訪問などを記録します</translation>
    </message>
    <message>
        <source>Schedule follo&amp;w-up…</source>
        <translation>フォローを予定(&amp;W)…</translation>
    </message>
    <message>
        <source>Put a follow-up with this contact on the agenda</source>
        <translation>この連絡先とのフォローを予定に入れます</translation>
    </message>
    <message>
        <source>Lead score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>段階の履歴</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>フォロー</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation>完了(&amp;D)…</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1日</translation>
    </message>
    <message>
        <source>Snooze by one day</source>
        <translation>1日延期します</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1週間</translation>
    </message>
    <message>
        <source>Snooze by one week</source>
        <translation>1週間延期します</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>スキップ(&amp;K)</translation>
    </message>
    <message>
        <source>Skip it; the cadence schedules the next one</source>
        <translation>スキップします。次回は周期に沿って予定されます</translation>
    </message>
    <message>
        <source>&amp;New deal…</source>
        <translation>新しい商談(&amp;N)…</translation>
    </message>
    <message>
        <source>Could not read the contact&apos;s history: %1</source>
        <translation>連絡先の履歴を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Lead score: %1</source>
        <translation>スコア: %1</translation>
    </message>
    <message>
        <source>Follow-ups (%1)</source>
        <translation>フォロー (%1)</translation>
    </message>
    <message>
        <source>Deals (%1)</source>
        <translation>商談 (%1)</translation>
    </message>
    <message>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message>
        <source>Touch with %1 logged.</source>
        <translation>%1 さんとの接触を記録しました。</translation>
    </message>
    <message>
        <source>Follow-up scheduled for %1</source>
        <translation>%1 にフォローを予定しました</translation>
    </message>
    <message>
        <source>Done. No further follow-up.</source>
        <translation>完了しました。次回のフォローはありません。</translation>
    </message>
    <message>
        <source>Done. Next follow-up: %1</source>
        <translation>完了しました。次回のフォロー: %1</translation>
    </message>
    <message>
        <source>Snoozed to %1</source>
        <translation>%1 に延期しました</translation>
    </message>
    <message>
        <source>Skipped.</source>
        <translation>スキップしました。</translation>
    </message>
    <message>
        <source>Skipped. Next follow-up: %1</source>
        <translation>スキップしました。次回のフォロー: %1</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; opened.</source>
        <translation>商談「%1」を登録しました。</translation>
    </message>
</context>
<context>
    <name>kizuna::DailyBackup</name>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>毎日のバックアップに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>kizuna::DatabaseMenu</name>
    <message>
        <source>Kizuna databases (*.sqlite *.db);;All files (*)</source>
        <translation>Kizuna データベース (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>%1 exists already; it is opened as it is.</source>
        <translation>%1 はすでにあります。そのまま開きます。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>今すぐバックアップ</translation>
    </message>
    <message>
        <source>The backup could not be written; the database is as it was.

%1</source>
        <translation>バックアップを書き込めませんでした。データベースは元のままです。

%1</translation>
    </message>
    <message>
        <source>Open Recen&amp;t</source>
        <translation>最近使ったデータベース(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>チームのサーバーに接続(&amp;C)…</translation>
    </message>
    <message>
        <source>Open recent</source>
        <translation>最近使ったデータベース</translation>
    </message>
    <message>
        <source>%1 is no longer there; it was taken off the list.</source>
        <translation>%1 はもうありません。一覧から外しました。</translation>
    </message>
</context>
<context>
    <name>kizuna::DatePickerDialog</name>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日付(&amp;D):</translation>
    </message>
</context>
<context>
    <name>kizuna::DealDialog</name>
    <message>
        <source>Edit deal</source>
        <translation>商談の編集</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新しい商談</translation>
    </message>
    <message>
        <source>Name, reading, company or phone</source>
        <translation>名前・よみ・会社名・電話番号</translation>
    </message>
    <message>
        <source>&amp;Find contact:</source>
        <translation>連絡先を検索(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>連絡先(&amp;C):</translation>
    </message>
    <message>
        <source>What is being sold, e.g. Maintenance contract 2027</source>
        <translation>商談の内容（例: 保守契約 2027年度）</translation>
    </message>
    <message>
        <source>&amp;Deal:</source>
        <translation>商談名(&amp;D):</translation>
    </message>
    <message>
        <source>whole yen, e.g. 1200000</source>
        <translation>円単位（例: 1200000）</translation>
    </message>
    <message>
        <source>&amp;Amount (yen):</source>
        <translation>金額・円(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Expected to close on</source>
        <translation>成約予定日(&amp;E)</translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>「%1」に一致する連絡先はありません。</translation>
    </message>
    <message>
        <source>Find the contact the deal is with.</source>
        <translation>商談の相手を検索して選んでください。</translation>
    </message>
    <message>
        <source>Say what the deal is about.</source>
        <translation>商談名を入力してください。</translation>
    </message>
    <message>
        <source>The amount &quot;%1&quot; is not an amount in whole yen (0 or more).</source>
        <translation>金額「%1」は円単位の数（0以上）ではありません。</translation>
    </message>
</context>
<context>
    <name>kizuna::DealTableModel</name>
    <message>
        <source>Open</source>
        <translation>商談中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>失注</translation>
    </message>
    <message>
        <source>(contact %1)</source>
        <translation>（連絡先 %1）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>成約予定日</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>確定日</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>開始日</translation>
    </message>
</context>
<context>
    <name>kizuna::EditContactCommand</name>
    <message>
        <source>edit of %1</source>
        <translation>%1 さんの編集</translation>
    </message>
</context>
<context>
    <name>kizuna::FunnelChartView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2人</translation>
    </message>
    <message>
        <source>%1 of the stage above</source>
        <translation>前の段階から %1</translation>
    </message>
    <message numerus="yes">
        <source>Funnel: %n lead(s) entered</source>
        <translation>
            <numerusform>ファネル: 見込み客 %n人</numerusform>
        </translation>
    </message>
    <message>
        <source> · %1 lost now</source>
        <translation> ・ 現在失注 %1人</translation>
    </message>
</context>
<context>
    <name>kizuna::FunnelCohortModel</name>
    <message>
        <source>Month entered</source>
        <translation>獲得月</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>現在の顧客</translation>
    </message>
    <message>
        <source>Became customers</source>
        <translation>顧客化率</translation>
    </message>
</context>
<context>
    <name>kizuna::FunnelStageModel</name>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>到達</translation>
    </message>
    <message>
        <source>There now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>To next stage</source>
        <translation>次の段階へ</translation>
    </message>
    <message>
        <source>Median stay</source>
        <translation>滞在日数（中央値）</translation>
    </message>
    <message>
        <source>Lost from here</source>
        <translation>ここから失注</translation>
    </message>
</context>
<context>
    <name>kizuna::FunnelView</name>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去12か月</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全期間</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>from the start</source>
        <translation>最初から</translation>
    </message>
    <message>
        <source>Export chart as PNG…</source>
        <translation>グラフをPNGで保存…</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期間(&amp;P):</translation>
    </message>
    <message>
        <source>to</source>
        <translation>〜</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>獲得経路(&amp;S):</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>すべての経路</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end on or after %1.</source>
        <translation>期間の終わりが始まりより前です。%1以降の日付を選んでください。</translation>
    </message>
    <message>
        <source>Counting the funnel…</source>
        <translation>ファネルを集計しています…</translation>
    </message>
    <message>
        <source>the first card</source>
        <translation>最初の名刺</translation>
    </message>
    <message>
        <source>all sources</source>
        <translation>すべての経路</translation>
    </message>
    <message>
        <source>Leads that entered from %1 to %2, %3: %4.</source>
        <translation>%1から%2までに獲得した見込み客（%3）: %4人</translation>
    </message>
    <message>
        <source>Could not count the funnel: %1</source>
        <translation>ファネルを集計できませんでした: %1</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>グラフをPNGで保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG画像 (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>集計を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save summary as P&amp;DF…</source>
        <translation>集計をPDFで保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Funnel summary</source>
        <translation>ファネル集計</translation>
    </message>
    <message>
        <source>funnel-summary.pdf</source>
        <translation>ファネル集計.pdf</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>担当者(&amp;W):</translation>
    </message>
    <message>
        <source>%1, %2&apos;s leads</source>
        <translation>%1、%2 の担当分</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportBatchModel</name>
    <message>
        <source>Undone %1</source>
        <translation>取り消し済み（%1）</translation>
    </message>
    <message>
        <source>Cannot be undone (a person in it was erased)</source>
        <translation>取り消し不可（含まれる人が完全削除されました）</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation>取り込み日時</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>取り込めず</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportCountsView</name>
    <message>
        <source>New contacts:</source>
        <translation>新しい連絡先:</translation>
    </message>
    <message>
        <source>Merged into stored contacts:</source>
        <translation>登録済みの連絡先に統合:</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>スキップ:</translation>
    </message>
    <message>
        <source>Rejected (cannot be read as a card):</source>
        <translation>取り込めない行（名刺として読めない）:</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>ファイルを選ぶ</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Nothing is stored until the last step, and every import can be undone later from the Imports page.</source>
        <translation>最後の手順まで何も保存されません。取り込みはあとから「取り込み」ページでいつでも取り消せます。</translation>
    </message>
    <message>
        <source>Import business cards</source>
        <translation>名刺の取り込み</translation>
    </message>
    <message>
        <source>Business cards (*.csv *.txt *.vcf);;CSV files (*.csv *.txt);;vCard files (*.vcf);;All files (*)</source>
        <translation>名刺ファイル (*.csv *.txt *.vcf);;CSV ファイル (*.csv *.txt);;vCard ファイル (*.vcf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The file of business cards or contacts to bring into Kizuna.</source>
        <translation>Kizuna に取り込む名刺や連絡先のファイルを選びます。</translation>
    </message>
    <message>
        <source>Kizuna reads the CSV files that Eight, Sansan, CamCard, Google Contacts, Outlook and Thunderbird export, other CSV files by their column headings, and the vCard (.vcf) files that phones save.</source>
        <translation>Eight・Sansan・CamCard・Google コンタクト・Outlook・Thunderbird が書き出す CSV ファイル、列名から項目がわかるその他の CSV ファイル、スマートフォンが保存する vCard（.vcf）ファイルを読み込めます。</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportFormatLabel</name>
    <message>
        <source>Google Contacts</source>
        <translation>Google コンタクト</translation>
    </message>
    <message>
        <source>Generic (by column headings)</source>
        <translation>汎用（列名で判断）</translation>
    </message>
    <message>
        <source>Custom columns</source>
        <translation>独自の列指定</translation>
    </message>
    <message>
        <source>Shift_JIS (CP932, Windows Japanese)</source>
        <translation>Shift_JIS（CP932・Windows の日本語）</translation>
    </message>
    <message>
        <source>UTF-16 little-endian (Excel Unicode text)</source>
        <translation>UTF-16 リトルエンディアン（Excel の Unicode テキスト）</translation>
    </message>
    <message>
        <source>UTF-16 big-endian</source>
        <translation>UTF-16 ビッグエンディアン</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>カンマ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>セミコロン</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportMappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>列の割り当て</translation>
    </message>
    <message>
        <source>Choose the Kizuna field each column of the file goes to. Columns set to &quot;(do not import)&quot; are left out.</source>
        <translation>ファイルの各列を Kizuna のどの項目に入れるか選びます。「（取り込まない）」の列は読み飛ばします。</translation>
    </message>
    <message>
        <source>&amp;Save as preset…</source>
        <translation>プリセットとして保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>ファイルの列</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>値の例</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>取り込み先</translation>
    </message>
    <message>
        <source>Field for the column &quot;%1&quot;</source>
        <translation>列「%1」の取り込み先</translation>
    </message>
    <message>
        <source>Matched by the preset %1.</source>
        <translation>プリセット「%1」で割り当てました。</translation>
    </message>
    <message>
        <source>Started from the preset %1 and changed by you.</source>
        <translation>プリセット「%1」をもとに変更しています。</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Name of the preset (files with these columns will be read with it):</source>
        <translation>プリセットの名前（同じ列のファイルはこのプリセットで読み込みます）:</translation>
    </message>
    <message>
        <source>A preset named &quot;%1&quot; exists. Replace it?</source>
        <translation>プリセット「%1」はすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved as the preset &quot;%1&quot;.</source>
        <translation>プリセット「%1」として保存しました。</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportPolicyPage</name>
    <message>
        <source>People already in Kizuna</source>
        <translation>登録済みの人</translation>
    </message>
    <message>
        <source>A card is a duplicate when its e-mail, personal phone, or name and company match a contact already stored or a card earlier in the file.</source>
        <translation>メール、個人の電話番号、または氏名と会社名が、登録済みの連絡先やファイル内の前の名刺と一致すると重複とみなします。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Merge into the stored contact</source>
        <translation>登録済みの連絡先に統合する(&amp;M)</translation>
    </message>
    <message>
        <source>Fills in what the stored contact lacks; a value it replaces stays in the contact&apos;s history.</source>
        <translation>登録済みの連絡先の空いている項目を埋めます。置き換えた値は連絡先の履歴に残ります。</translation>
    </message>
    <message>
        <source>&amp;Skip the card</source>
        <translation>その名刺は取り込まない(&amp;S)</translation>
    </message>
    <message>
        <source>Leaves the stored contact as it is and does not import the card.</source>
        <translation>登録済みの連絡先はそのままにし、名刺は取り込みません。</translation>
    </message>
    <message>
        <source>&amp;Create a new contact anyway</source>
        <translation>別の連絡先として登録する(&amp;C)</translation>
    </message>
    <message>
        <source>Stores the card as a separate contact, even when it is the same person.</source>
        <translation>同じ人でも、名刺を新しい連絡先として登録します。</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>取り込むとこうなります</translation>
    </message>
    <message>
        <source>Trying the import without storing anything… %1 rows read</source>
        <translation>保存せずに試しています… %1 行を読みました</translation>
    </message>
    <message>
        <source>Trying the import without storing anything…</source>
        <translation>保存せずに試しています…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read; nothing was stored by this trial.</source>
        <translation>
            <numerusform>%n 行を読みました。この試行では何も保存していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation>このファイルは取り込めません: %1</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportPreviewPage</name>
    <message>
        <source>Check how the file reads</source>
        <translation>読み込み結果の確認</translation>
    </message>
    <message>
        <source>The first rows as Kizuna reads them. If the Japanese looks garbled, choose another encoding.</source>
        <translation>Kizuna が読み込んだ最初の数行です。日本語が文字化けしていたら、文字コードを選び直してください。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>書き出し元:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>文字コード(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>区切り文字(&amp;D):</translation>
    </message>
    <message>
        <source>The first row is read as the column headings.</source>
        <translation>1 行目は列名として読み込みます。</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>自動: %1</translation>
    </message>
    <message>
        <source>vCard (a phone&apos;s or an address book&apos;s contacts)</source>
        <translation>vCard（スマートフォンやアドレス帳の連絡先）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>このファイルは読み込めません: %1</translation>
    </message>
    <message>
        <source>Encoding: %1, detected from the file&apos;s bytes.</source>
        <translation>文字コード: %1 — ファイルの内容から自動判定</translation>
    </message>
    <message>
        <source>Encoding: %1, as you chose.</source>
        <translation>文字コード: %1 — 指定どおり</translation>
    </message>
    <message>
        <source>Columns separated by: %1, detected.</source>
        <translation>列の区切り: %1 — 自動判定</translation>
    </message>
    <message>
        <source>Columns separated by: %1, as you chose.</source>
        <translation>列の区切り: %1 — 指定どおり</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportProgressPage</name>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
    <message>
        <source>The cards are stored all at once at the end: cancelling leaves Kizuna as it was.</source>
        <translation>名刺は最後にまとめて保存します。途中で中止すれば Kizuna は元のままです。</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>取り込みを中止(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>ファイルを読んでいます…</translation>
    </message>
    <message>
        <source>%1 rows read (%2 of %3)</source>
        <translation>%1 行を読みました（%3 中 %2）</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>次へ(&amp;N) &gt;</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportResultPage</name>
    <message>
        <source>&amp;Open the rejected rows</source>
        <translation>取り込めなかった行を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>この取り込みを取り消す(&amp;U)…</translation>
    </message>
    <message>
        <source>The import could not run</source>
        <translation>取り込めませんでした</translation>
    </message>
    <message>
        <source>Nothing was stored. %1</source>
        <translation>何も保存していません。%1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>取り込みを中止しました</translation>
    </message>
    <message>
        <source>The import of %1 was cancelled. Nothing was stored.</source>
        <translation>%1 の取り込みを中止しました。何も保存していません。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>取り込みが終わりました</translation>
    </message>
    <message>
        <source>The rejected rows were saved with the reason for each, to fix and import again: %1</source>
        <translation>取り込めなかった行を理由とともに保存しました。直してもう一度取り込めます: %1</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved to a file.</source>
        <translation>取り込めなかった行をファイルに保存できませんでした。</translation>
    </message>
    <message>
        <source>The import was undone: Kizuna is as it was before it.</source>
        <translation>取り込みを取り消しました。Kizuna は取り込み前の状態に戻りました。</translation>
    </message>
    <message>
        <source>Exported by:</source>
        <translation>書き出し元:</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>文字コード:</translation>
    </message>
    <message>
        <source>The file or the database could not be used as asked.</source>
        <translation>ファイルまたはデータベースを使えませんでした。</translation>
    </message>
    <message>
        <source>Kizuna is as it was before the import.</source>
        <translation>Kizuna は取り込み前のままです。</translation>
    </message>
    <message>
        <source>What came of each row of the file. Until you undo it, the import stays on the Imports page.</source>
        <translation>ファイルの各行がどうなったかです。この取り込みは「取り込み」ページに残り、あとから取り消せます。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 were read.</source>
        <translation>
            <numerusform>%1 の %n 行を読みました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ImportUndo</name>
    <message>
        <source>Undo this import?</source>
        <translation>この取り込みを取り消しますか?</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) it created will be removed.</source>
        <translation>
            <numerusform>新しく登録した %n 人の連絡先を削除します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) it merged into will go back to how they were.</source>
        <translation>
            <numerusform>統合した %n 人の連絡先は元の内容に戻ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>取り込みの取り消し</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportWizard</name>
    <message>
        <source>Import business cards</source>
        <translation>名刺の取り込み</translation>
    </message>
</context>
<context>
    <name>kizuna::ImportsView</name>
    <message>
        <source>&amp;Import cards…</source>
        <translation>名刺を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Undo import…</source>
        <translation>取り込みを取り消す(&amp;U)…</translation>
    </message>
    <message>
        <source>No imports yet. Import the CSV file your business-card app exports, or a vCard file from a phone.</source>
        <translation>まだ取り込みはありません。名刺アプリが書き出した CSV ファイルや、スマートフォンの vCard ファイルを取り込めます。</translation>
    </message>
    <message>
        <source>The import of %1 was undone.</source>
        <translation>%1 の取り込みを取り消しました。</translation>
    </message>
</context>
<context>
    <name>kizuna::LogTouchDialog</name>
    <message>
        <source>Log touch: %1</source>
        <translation>接触を記録: %1</translation>
    </message>
    <message>
        <source>We reached out</source>
        <translation>こちらから</translation>
    </message>
    <message>
        <source>They reached out</source>
        <translation>先方から</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>話した内容・約束したこと</translation>
    </message>
    <message>
        <source>The next regular follow-up then falls on %1.</source>
        <translation>次回の定期フォローは %1 になります。</translation>
    </message>
    <message>
        <source>This stage has no cadence.</source>
        <translation>この段階には周期がありません。</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>手段(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>発信(&amp;W):</translation>
    </message>
    <message>
        <source>Wh&amp;en:</source>
        <translation>日時(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>要旨(&amp;S):</translation>
    </message>
</context>
<context>
    <name>kizuna::MainWindow</name>
    <message>
        <source>Search name, reading, company, phone… (Ctrl+F)</source>
        <translation>名前・読み・会社・電話で検索…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Kizuna</source>
        <translation>Kizuna について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message>
        <source>%1 of %2 contacts</source>
        <translation>%2件中 %1件</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches &quot;%1&quot;.</source>
        <translation>「%1」に一致する連絡先はありません。</translation>
    </message>
    <message>
        <source>About Kizuna</source>
        <translation>Kizuna について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Kizuna %1&lt;/h3&gt;&lt;p&gt;Lead management for small businesses: business cards in, follow-ups that keep every lead warm.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kizuna %1&lt;/h3&gt;&lt;p&gt;小規模事業者のための見込み客管理。名刺を取り込み、途切れないフォローで見込み客を育てます。&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書 バージョン3以降の下で配布されています。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read more contacts: %1</source>
        <translation>これ以上の連絡先を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>ファネル</translation>
    </message>
    <message>
        <source>Sources &amp; deals</source>
        <translation>獲得経路と商談</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>予定</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>&amp;Import cards…</source>
        <translation>名刺を取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>No business cards yet.

Import the CSV file your business-card app exports with File ▸ Import cards… (Ctrl+I) or by dropping it on this window, or load the demo data set with &quot;kizuna-cli demo&quot; to look around.</source>
        <translation>名刺がまだありません。

名刺アプリが書き出した CSV ファイルを、ファイル ▸ 名刺を取り込む…（Ctrl+I）で取り込むか、このウィンドウにドロップしてください。お試しには「kizuna-cli demo」でデモデータを読み込めます。</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>連絡先(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Print Profile…</source>
        <translation>プロフィールを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>連絡先プロフィール</translation>
    </message>
    <message>
        <source>&amp;Save Profile as PDF…</source>
        <translation>プロフィールをPDFで保存(&amp;S)…</translation>
    </message>
    <message>
        <source>profile.pdf</source>
        <translation>プロフィール.pdf</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>Others&apos; changes show on View › Refresh only: %1</source>
        <translation>ほかの人の変更は 表示 › 最新の情報に更新 でのみ反映されます: %1</translation>
    </message>
    <message>
        <source>Updated with changes from others</source>
        <translation>ほかの人の変更を反映しました</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>%1 or more of %2 contacts</source>
        <translation>%2件中 %1件以上（集計中）</translation>
    </message>
    <message>
        <source>%1 or more contacts</source>
        <translation>%1件以上（集計中）</translation>
    </message>
    <message>
        <source>%1 (sorting…)</source>
        <extracomment>The list shows reading order while a long list is sorted by the chosen column</extracomment>
        <translation>%1（並べ替え中…）</translation>
    </message>
</context>
<context>
    <name>kizuna::MarkDoneDialog</name>
    <message>
        <source>Mark done: %1</source>
        <translation>完了: %1</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>話した内容・約束したこと</translation>
    </message>
    <message>
        <source>Next follow-up on</source>
        <translation>次回のフォロー</translation>
    </message>
    <message>
        <source>No further follow-up</source>
        <translation>次回のフォローなし</translation>
    </message>
    <message>
        <source>The cadence proposes %1.</source>
        <translation>周期による次回の提案: %1</translation>
    </message>
    <message>
        <source>This stage has no cadence.</source>
        <translation>この段階には周期がありません。</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>手段(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>結果(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>要旨(&amp;S):</translation>
    </message>
</context>
<context>
    <name>kizuna::MergeCompaniesCommand</name>
    <message>
        <source>merge of %1 into %2</source>
        <translation>%1 の %2 への統合</translation>
    </message>
</context>
<context>
    <name>kizuna::MergeCompaniesDialog</name>
    <message>
        <source>Merge companies</source>
        <translation>会社の統合</translation>
    </message>
    <message>
        <source>These two companies become one. Which one stays?</source>
        <translation>この2社を1社に統合します。どちらを残しますか？</translation>
    </message>
    <message>
        <source>The other company&apos;s people move, with their deals, follow-ups and history, and its name goes. Edit › Undo takes the merge back.</source>
        <translation>もう一方の会社の担当者は、商談・フォロー・履歴とともに移り、その会社名はなくなります。統合は［編集］›［元に戻す］で取り消せます。</translation>
    </message>
    <message numerus="yes">
        <source>Keep %1 (%n people, won %2)</source>
        <translation>
            <numerusform>%1 を残す（担当者 %n 名、受注額 %2）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::OpenFollowUpModel</name>
    <message>
        <source>Due</source>
        <translation>期日</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
</context>
<context>
    <name>kizuna::OwnerChooser</name>
    <message>
        <source>Whose follow-ups and leads to show</source>
        <translation>誰のフォローと見込み客を表示するか</translation>
    </message>
    <message>
        <source>Mine and unassigned</source>
        <translation>自分と未割り当て</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source>%1 (me)</source>
        <translation>%1（自分）</translation>
    </message>
</context>
<context>
    <name>kizuna::PasswordDialog</name>
    <message>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>The server %1 asks for a password. Kizuna uses it for this session only and never stores it.</source>
        <translation>サーバー %1 がパスワードを求めています。Kizuna はこのセッションの間だけ使い、保存はしません。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
</context>
<context>
    <name>kizuna::ReportPreview</name>
    <message>
        <source>Print preview: %1</source>
        <translation>印刷プレビュー: %1</translation>
    </message>
    <message>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message>
        <source>The printer could not print.</source>
        <translation>プリンターで印刷できませんでした。</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>%1をPDFで保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>kizuna::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current file is not deleted: it is kept beside it as %1.before-restore-… in case you need it again.</source>
        <translation>戻したいバックアップを選んでください。今のファイルは削除されず、あとで必要になったときのために %1.before-restore-… として同じ場所に残ります。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>There is no backup of this database yet.</source>
        <translation>このデータベースのバックアップはまだありません。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>kizuna::ScheduleFollowUpDialog</name>
    <message>
        <source>Schedule follow-up: %1</source>
        <translation>フォローを予定: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォロー</translation>
    </message>
    <message>
        <source>What it is for, e.g. send the quote</source>
        <translation>目的（例: 見積書を送る）</translation>
    </message>
    <message>
        <source>The cadence proposes %1.</source>
        <translation>周期による次回の提案: %1</translation>
    </message>
    <message>
        <source>This stage has no cadence.</source>
        <translation>この段階には周期がありません。</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>手段(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P):</translation>
    </message>
</context>
<context>
    <name>kizuna::ScheduleFollowUpsCommand</name>
    <message numerus="yes">
        <source>follow-ups for %n contact(s)</source>
        <translation>
            <numerusform>%n 件の連絡先のフォローの予定</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ScoreExplanationModel</name>
    <message>
        <source>Points</source>
        <translation>点</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>kizuna::SelectionOutputActions</name>
    <message>
        <source>E&amp;xport Selection…</source>
        <translation>選択した連絡先を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <source>Print &amp;Call Sheet for Selection…</source>
        <translation>選択した連絡先のコールシートを印刷(&amp;C)…</translation>
    </message>
    <message numerus="yes">
        <source>Export %n selected contact(s)</source>
        <translation>
            <numerusform>選択した %n 件の連絡先を書き出す</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>表計算ソフト用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>vCard for address books (*.vcf)</source>
        <translation>アドレス帳用 vCard (*.vcf)</translation>
    </message>
    <message>
        <source>selected-contacts</source>
        <translation>選択した連絡先</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n 件の連絡先を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message numerus="yes">
        <source>Call sheet for %n selected contact(s)</source>
        <translation>
            <numerusform>選択した %n 件の連絡先のコールシート</numerusform>
        </translation>
    </message>
    <message>
        <source>Call sheet</source>
        <translation>コールシート</translation>
    </message>
</context>
<context>
    <name>kizuna::ServerConnectDialog</name>
    <message>
        <source>Connect to team server</source>
        <translation>チームのサーバーに接続</translation>
    </message>
    <message>
        <source>e.g. db.example.co.jp</source>
        <translation>例: db.example.co.jp</translation>
    </message>
    <message>
        <source>e.g. kizuna</source>
        <translation>例: kizuna</translation>
    </message>
    <message>
        <source>None (a trusted network only)</source>
        <translation>なし（信頼できるネットワーク内のみ）</translation>
    </message>
    <message>
        <source>Encrypted (certificate not checked)</source>
        <translation>暗号化（証明書は確認しない）</translation>
    </message>
    <message>
        <source>Encrypted and verified (verify-full)</source>
        <translation>暗号化して相手を確認（verify-full）</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt when left empty</source>
        <translation>空欄なら ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>データベース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>暗号化(&amp;E):</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>The password is taken from PGPASSWORD or ~/.pgpass, or asked for when the server wants one. Kizuna never stores it.</source>
        <translation>パスワードは PGPASSWORD か ~/.pgpass から読み取るか、サーバーが求めたときに入力をお願いします。Kizuna がパスワードを保存することはありません。</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>接続(&amp;O)</translation>
    </message>
    <message>
        <source>Name the server (its host name or IP address).</source>
        <translation>サーバー（ホスト名か IP アドレス）を入力してください。</translation>
    </message>
    <message>
        <source>Name the database on the server.</source>
        <translation>サーバー上のデータベース名を入力してください。</translation>
    </message>
    <message>
        <source>Name the user to connect as.</source>
        <translation>接続するユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>The certificate file %1 does not exist.</source>
        <translation>証明書ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be used in an address: %1</source>
        <translation>このサーバー名はアドレスに使えません: %1</translation>
    </message>
    <message>
        <source>This makes no usable address: %1.</source>
        <translation>使えるアドレスになりません: %1。</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>アドレス: %1</translation>
    </message>
    <message>
        <source>Certificate of the server&apos;s authority</source>
        <translation>サーバーの認証局の証明書</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>証明書 (*.crt *.pem);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>kizuna::SettingsDialog</name>
    <message>
        <source>Title: executive (代表取締役, 社長, CEO)</source>
        <translation>役職: 経営者（代表取締役、社長、CEO）</translation>
    </message>
    <message>
        <source>Title: senior (部長, 支店長, Director)</source>
        <translation>役職: 上級管理職（部長、支店長など）</translation>
    </message>
    <message>
        <source>Title: manager (課長, 店長, Manager)</source>
        <translation>役職: 管理職（課長、店長など）</translation>
    </message>
    <message>
        <source>Has a company</source>
        <translation>会社名がある</translation>
    </message>
    <message>
        <source>Reachable by e-mail</source>
        <translation>メールで連絡がとれる</translation>
    </message>
    <message>
        <source>Reachable by phone</source>
        <translation>電話で連絡がとれる</translation>
    </message>
    <message>
        <source>Each touch they started, last 30 days</source>
        <translation>先方からの接触 1件ごと（30日以内）</translation>
    </message>
    <message>
        <source>Each touch they started, 31–90 days ago</source>
        <translation>先方からの接触 1件ごと（31〜90日前）</translation>
    </message>
    <message>
        <source>Each touch they started, 91–365 days ago</source>
        <translation>先方からの接触 1件ごと（91〜365日前）</translation>
    </message>
    <message>
        <source>At most, for touches they started</source>
        <translation>先方からの接触の上限</translation>
    </message>
    <message>
        <source>Each touch either way, last year</source>
        <translation>接触 1件ごと（過去1年、双方向）</translation>
    </message>
    <message>
        <source>At most, for all touches</source>
        <translation>接触全体の上限</translation>
    </message>
    <message>
        <source>Stage warm</source>
        <translation>段階: 関心</translation>
    </message>
    <message>
        <source>Stage hot</source>
        <translation>段階: 検討</translation>
    </message>
    <message>
        <source>Stage customer</source>
        <translation>段階: 顧客</translation>
    </message>
    <message>
        <source>Stage loyal</source>
        <translation>段階: リピーター</translation>
    </message>
    <message>
        <source>Stage lost</source>
        <translation>段階: 失注</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>フォローアップ(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lead score</source>
        <translation>リードスコア(&amp;L)</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>システムに合わせる（%1）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>表示言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language shows from the next start.</source>
        <translation>言語の変更は次回の起動から反映されます。</translation>
    </message>
    <message>
        <source>Open &amp;Another…</source>
        <translation>別のファイルを開く(&amp;A)…</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>データベースファイル:</translation>
    </message>
    <message>
        <source>Show &amp;Folder</source>
        <translation>フォルダを表示(&amp;F)</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>バックアップフォルダ:</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>保存する数(&amp;K):</translation>
    </message>
    <message>
        <source>Kizuna backs the database up once a day when it starts, and whenever you choose File › Back Up Now.</source>
        <translation>Kizuna は起動時に1日1回、また「ファイル › 今すぐバックアップ」を選んだときにデータベースをバックアップします。</translation>
    </message>
    <message>
        <source>Days from the last touch to the next follow-up</source>
        <translation>最後の接触から次のフォローアップまでの日数</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>フォローしない</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>営業日</translation>
    </message>
    <message>
        <source>Move follow-ups off &amp;Saturdays and Sundays</source>
        <translation>土曜・日曜を避ける(&amp;S)</translation>
    </message>
    <message>
        <source>Move follow-ups off Japanese public &amp;holidays</source>
        <translation>祝日を避ける(&amp;H)</translation>
    </message>
    <message>
        <source> months</source>
        <translation> か月</translation>
    </message>
    <message>
        <source>&amp;Review details not checked for:</source>
        <translation>連絡先の見直し時期(&amp;R):</translation>
    </message>
    <message>
        <source>Points each piece of evidence adds to a lead&apos;s score (0 to 100). Changes apply to every score when you press OK.</source>
        <translation>各項目がリードスコア（0〜100）に加える点数です。OK を押すと、すべてのスコアに反映されます。</translation>
    </message>
</context>
<context>
    <name>kizuna::SourceChartView</name>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>(no source)</source>
        <translation>（経路なし）</translation>
    </message>
    <message>
        <source>Customers, revenue and ROI by source</source>
        <translation>獲得経路別の顧客・売上・ROI</translation>
    </message>
    <message>
        <source>Thousands of yen</source>
        <translation>千円</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n customer(s))</source>
        <translation>
            <numerusform>%1（顧客 %n人）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::SourceDialog</name>
    <message>
        <source>Edit source</source>
        <translation>獲得経路の編集</translation>
    </message>
    <message>
        <source>New source</source>
        <translation>新しい獲得経路</translation>
    </message>
    <message>
        <source>e.g. Trade show, autumn 2026</source>
        <translation>例: 展示会 2026秋</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>whole yen, e.g. 350000</source>
        <translation>円単位（例: 350000）</translation>
    </message>
    <message>
        <source>&amp;Cost (yen):</source>
        <translation>費用・円(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Started on</source>
        <translation>開始日(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Ended on</source>
        <translation>終了日(&amp;E)</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>メモ(&amp;O):</translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation>獲得経路の名前を入力してください。</translation>
    </message>
    <message>
        <source>The cost &quot;%1&quot; is not an amount in whole yen (0 or more).</source>
        <translation>費用「%1」は円単位の数（0以上）ではありません。</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>終了日が開始日より前です。</translation>
    </message>
    <message>
        <source>A source named &quot;%1&quot; exists already.</source>
        <translation>「%1」という獲得経路はすでにあります。</translation>
    </message>
</context>
<context>
    <name>kizuna::SourceTableModel</name>
    <message>
        <source>(no source)</source>
        <translation>（経路なし）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1〜%2</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得経路</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>見込み客</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>顧客獲得単価</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
</context>
<context>
    <name>kizuna::SourcesView</name>
    <message>
        <source>&amp;New source…</source>
        <translation>新しい獲得経路(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit source…</source>
        <translation>獲得経路を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete source…</source>
        <translation>獲得経路を削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>獲得経路</translation>
    </message>
    <message>
        <source>New de&amp;al…</source>
        <translation>新しい商談(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it deal…</source>
        <translation>商談を編集(&amp;I)…</translation>
    </message>
    <message>
        <source>Mark &amp;won</source>
        <translation>受注にする(&amp;W)</translation>
    </message>
    <message>
        <source>Mark &amp;lost</source>
        <translation>失注にする(&amp;L)</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Sources &amp; deals</source>
        <translation>獲得経路と商談</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; added.</source>
        <translation>獲得経路「%1」を追加しました。</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; saved.</source>
        <translation>獲得経路「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Delete source</source>
        <translation>獲得経路の削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete the source &quot;%1&quot;? Its %n contact(s) keep all their details and lose only the link to it.</source>
        <translation>
            <numerusform>獲得経路「%1」を削除しますか？ この経路の連絡先 %n人の情報はそのまま残り、経路とのつながりだけがなくなります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; deleted.</source>
        <translation>獲得経路「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; opened.</source>
        <translation>商談「%1」を登録しました。</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; saved.</source>
        <translation>商談「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; lost.</source>
        <translation>商談「%1」を失注にしました。</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; won; the contact is now %2.</source>
        <translation>商談「%1」を受注にしました。連絡先は「%2」になりました。</translation>
    </message>
    <message>
        <source>Deal &quot;%1&quot; won.</source>
        <translation>商談「%1」を受注にしました。</translation>
    </message>
</context>
<context>
    <name>kizuna::StageChangeCommand</name>
    <message>
        <source>move of %1 to %2</source>
        <translation>%1 さんの段階を「%2」に変更</translation>
    </message>
    <message numerus="yes">
        <source>change of stage of %n contact(s)</source>
        <translation>
            <numerusform>%n 件の連絡先の段階変更</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::StageHistoryModel</name>
    <message>
        <source>entered as %1</source>
        <translation>%1 で登録</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>kizuna::StorageCommand</name>
    <message>
        <source>Cannot redo %1</source>
        <translation>「%1」をやり直せません</translation>
    </message>
    <message>
        <source>Cannot undo %1</source>
        <translation>「%1」を元に戻せません</translation>
    </message>
    <message>
        <source>%1

Nothing was changed, and the step was removed from the undo list.</source>
        <translation>%1

何も変更していません。この操作は取り消しの一覧から外しました。</translation>
    </message>
    <message>
        <source>The same details were changed again in another window or program since then, and that change stands.</source>
        <translation>その後、同じ内容が別のウィンドウかプログラムでさらに変更されました。その変更はそのまま残します。</translation>
    </message>
</context>
<context>
    <name>kizuna::TagCommand</name>
    <message>
        <source>tag &quot;%1&quot; on %2</source>
        <translation>%2 さんへのタグ「%1」</translation>
    </message>
    <message>
        <source>removal of tag &quot;%1&quot; from %2</source>
        <translation>%2 さんのタグ「%1」の削除</translation>
    </message>
    <message numerus="yes">
        <source>tag &quot;%1&quot; on %n contact(s)</source>
        <translation>
            <numerusform>%n 件の連絡先へのタグ「%1」</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removal of tag &quot;%1&quot; from %n contact(s)</source>
        <translation>
            <numerusform>%n 件の連絡先のタグ「%1」の削除</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::TimelineModel</name>
    <message>
        <source>%1 from them</source>
        <translation>%1（先方から）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>kizuna::TrashContactsCommand</name>
    <message>
        <source>deletion of %1</source>
        <translation>%1 さんの削除</translation>
    </message>
    <message numerus="yes">
        <source>deletion of %n contact(s)</source>
        <translation>
            <numerusform>%n 人の連絡先の削除</numerusform>
        </translation>
    </message>
</context>
</TS>
