<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CallSheetReport</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Phone / e-mail</source>
        <translation>電話・メール</translation>
    </message>
    <message>
        <source>Purpose / last touch</source>
        <translation>目的・前回の接触</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>1 follow-up</source>
        <translation>1件</translation>
    </message>
    <message>
        <source>%1 follow-ups</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>Follow-up call sheet</source>
        <translation>フォローアップ予定表</translation>
    </message>
    <message>
        <source>Period: %1 – %2</source>
        <translation>期間: %1 – %2</translation>
    </message>
    <message>
        <source>Period: %1 – %2 · 1 chosen contact</source>
        <translation>期間: %1 – %2 · 選んだ1人</translation>
    </message>
    <message>
        <source>Period: %1 – %2 · %3 chosen contacts</source>
        <translation>期間: %1 – %2 · 選んだ%3人</translation>
    </message>
    <message>
        <source>Period: %1 – %2 · %3&apos;s and unassigned</source>
        <translation>期間: %1 – %2 · %3 の担当分と未割り当て</translation>
    </message>
    <message>
        <source>Period: %1 – %2 · %3&apos;s</source>
        <translation>期間: %1 – %2 · %3 の担当分</translation>
    </message>
    <message>
        <source>None of the chosen contacts has a follow-up due in this period.</source>
        <translation>選んだ人には、この期間に予定のフォローアップがありません。</translation>
    </message>
    <message>
        <source>No follow-ups are due in this period.</source>
        <translation>この期間に予定されたフォローアップはありません。</translation>
    </message>
    <message>
        <source>Work %1</source>
        <translation>会社 %1</translation>
    </message>
    <message>
        <source>Direct %1</source>
        <translation>直通 %1</translation>
    </message>
    <message>
        <source>Mobile %1</source>
        <translation>携帯 %1</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1・スコア %2</translation>
    </message>
    <message>
        <source>Not touched yet</source>
        <translation>まだ接触なし</translation>
    </message>
    <message>
        <source>Last touch %1: %2</source>
        <translation>前回 %1: %2</translation>
    </message>
</context>
<context>
    <name>ContactExporter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
    <message>
        <source>contact %1 is in the trash</source>
        <translation>連絡先 %1 はゴミ箱にあります</translation>
    </message>
    <message>
        <source>contact %1 is not in the trash</source>
        <translation>連絡先 %1 はゴミ箱にありません</translation>
    </message>
</context>
<context>
    <name>ContactProfileReport</name>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Contact profile</source>
        <translation>連絡先プロフィール</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>会社電話</translation>
    </message>
    <message>
        <source>Direct phone</source>
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
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
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
        <source>Source</source>
        <translation>獲得経路</translation>
    </message>
    <message>
        <source>Card exchanged</source>
        <translation>名刺交換日</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>entered as %1</source>
        <translation>%1 として登録</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>段階の履歴</translation>
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
    <message>
        <source>Open follow-ups</source>
        <translation>未完了のフォローアップ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>予定日</translation>
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
        <source>Assigned to</source>
        <translation>担当</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>商談</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
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
        <source>Expected / closed</source>
        <translation>見込み・成約日</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>FunnelChartRenderer</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2人</translation>
    </message>
    <message>
        <source>%1% of the stage above</source>
        <translation>前の段階から %1%</translation>
    </message>
    <message>
        <source>none reached the stage above</source>
        <translation>前の段階に到達なし</translation>
    </message>
</context>
<context>
    <name>FunnelSummaryReport</name>
    <message>
        <source>Leads that entered %1 – %2</source>
        <translation>%1 – %2 に獲得した見込み客</translation>
    </message>
    <message>
        <source>Leads that entered up to %1</source>
        <translation>%1 までに獲得した見込み客</translation>
    </message>
    <message>
        <source> · source: %1</source>
        <translation>・獲得経路: %1</translation>
    </message>
    <message>
        <source> · tag: %1</source>
        <translation>・タグ: %1</translation>
    </message>
    <message>
        <source> · owner: %1</source>
        <translation>・担当者: %1</translation>
    </message>
    <message>
        <source>Funnel summary</source>
        <translation>ファネル集計</translation>
    </message>
    <message>
        <source>%1 leads entered; %2 of them stand at lost now.</source>
        <translation>見込み客 %1人、うち現在失注 %2人。</translation>
    </message>
    <message>
        <source>No lead entered the funnel in this period.</source>
        <translation>この期間に獲得した見込み客はいません。</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1日</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>段階</translation>
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
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>On to the next</source>
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
    <message>
        <source>(no source)</source>
        <translation>（獲得経路なし）</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>獲得経路</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>獲得経路</translation>
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
        <source>Won revenue</source>
        <translation>受注売上</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <source>Cost per customer</source>
        <translation>顧客あたり費用</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Customers by month of entry</source>
        <translation>獲得月別の顧客化</translation>
    </message>
    <message>
        <source>Entered in</source>
        <translation>獲得月</translation>
    </message>
    <message>
        <source>Customers now</source>
        <translation>現在の顧客</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>顧客化率</translation>
    </message>
</context>
<context>
    <name>ReportLabels</name>
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
    <message>
        <source>Open</source>
        <translation>進行中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>受注</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Printed %1</source>
        <translation>印刷日 %1</translation>
    </message>
    <message>
        <source>cannot be written: %1</source>
        <translation>書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>LeadScorer</name>
    <message>
        <source>decision maker by title (%1)</source>
        <translation>役職から決裁者 (%1)</translation>
    </message>
    <message>
        <source>senior manager by title (%1)</source>
        <translation>役職から上級管理職 (%1)</translation>
    </message>
    <message>
        <source>manager by title (%1)</source>
        <translation>役職から管理職 (%1)</translation>
    </message>
    <message>
        <source>works at a known company</source>
        <translation>所属する会社が分かっている</translation>
    </message>
    <message>
        <source>reachable by e-mail</source>
        <translation>メールで連絡できる</translation>
    </message>
    <message>
        <source>reachable by phone</source>
        <translation>電話で連絡できる</translation>
    </message>
    <message numerus="yes">
        <source>touches they started in the last 30 days: %n</source>
        <translation>
            <numerusform>先方からの接触 (30日以内): %n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>touches they started 31 to 90 days ago: %n</source>
        <translation>
            <numerusform>先方からの接触 (31〜90日前): %n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>touches they started 91 to 365 days ago: %n</source>
        <translation>
            <numerusform>先方からの接触 (91〜365日前): %n回</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>touches in the last year: %n</source>
        <translation>
            <numerusform>この1年の接触: %n回</numerusform>
        </translation>
    </message>
    <message>
        <source>stage: warm</source>
        <translation>段階: 関心</translation>
    </message>
    <message>
        <source>stage: hot</source>
        <translation>段階: 検討</translation>
    </message>
    <message>
        <source>stage: customer</source>
        <translation>段階: 顧客</translation>
    </message>
    <message>
        <source>stage: loyal</source>
        <translation>段階: リピーター</translation>
    </message>
    <message>
        <source>stage: lost</source>
        <translation>段階: 失注</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>entered the funnel as %1</source>
        <translation>%1 として登録</translation>
    </message>
    <message>
        <source>stage %1 → %2</source>
        <translation>段階 %1 → %2</translation>
    </message>
    <message>
        <source>imported from %1 (import %2)</source>
        <translation>%1 から取り込み (取り込み %2)</translation>
    </message>
    <message>
        <source>details merged from %1 (import %2)</source>
        <translation>%1 の内容を統合 (取り込み %2)</translation>
    </message>
    <message>
        <source>merged with the duplicate %1</source>
        <translation>重複する %1 と統合</translation>
    </message>
    <message>
        <source>merged with the duplicate %1; earlier values of %2 kept in the history</source>
        <translation>重複する %1 と統合 (%2 の以前の値は履歴に保存)</translation>
    </message>
    <message>
        <source>deal opened: %1 (%2)</source>
        <translation>商談開始: %1 (%2)</translation>
    </message>
    <message>
        <source>deal won: %1 (%2)</source>
        <translation>受注: %1 (%2)</translation>
    </message>
    <message>
        <source>deal lost: %1 (%2)</source>
        <translation>失注: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>CompanyService</name>
    <message>
        <source>no company with id %1</source>
        <translation>ID %1 の会社はありません</translation>
    </message>
    <message>
        <source>a company cannot be merged into itself</source>
        <translation>会社をそれ自身に統合することはできません</translation>
    </message>
    <message>
        <source>no company merge %1 to undo</source>
        <translation>取り消せる会社の統合 %1 はありません</translation>
    </message>
    <message>
        <source>a company named %1 was added after the merge; undoing it would make two of them</source>
        <translation>統合の後に %1 という会社が追加されたため、取り消すと同じ会社が2つになります</translation>
    </message>
</context>
</TS>
