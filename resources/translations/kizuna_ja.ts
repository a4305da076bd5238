<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
</context>
</TS>
