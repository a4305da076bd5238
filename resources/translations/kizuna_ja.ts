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
        <translation>ステージ</translation>
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
    <name>kizuna::MainWindow</name>
    <message>
        <source>Search name, reading, company, phone… (Ctrl+F)</source>
        <translation>名前・読み・会社・電話で検索…（Ctrl+F）</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>すべての段階</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>段階:</translation>
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
        <source>No business cards yet.

Add contacts with kizuna-cli, or load the demo data set with &quot;kizuna-cli demo&quot; to look around.</source>
        <translation>名刺がまだありません。

kizuna-cli で連絡先を追加するか、「kizuna-cli demo」でデモデータを読み込んでお試しください。</translation>
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
        <source>Agenda</source>
        <translation>予定</translation>
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
        <translation>このステージには周期がありません。</translation>
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
</TS>
