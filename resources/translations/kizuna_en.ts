<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>kizuna::AgendaView</name>
    <message numerus="yes">
        <source>Call sheet saved: %1 (%n page(s))</source>
        <translation>
            <numerusform>Call sheet saved: %1 (%n page)</numerusform>
            <numerusform>Call sheet saved: %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call sheet printed (%n page(s))</source>
        <translation>
            <numerusform>Call sheet printed (%n page)</numerusform>
            <numerusform>Call sheet printed (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::CompaniesView</name>
    <message numerus="yes">
        <source>%n companies</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people · best stage %1 · %2 open deals · won %3</source>
        <translation>
            <numerusform>%n person · best stage %1 · %2 open deals · won %3</numerusform>
            <numerusform>%n people · best stage %1 · %2 open deals · won %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ContactActions</name>
    <message numerus="yes">
        <source>%n contact(s) moved to %1.</source>
        <translation>
            <numerusform>%n contact moved to %1.</numerusform>
            <numerusform>%n contacts moved to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stage for %n selected contact(s):</source>
        <translation>
            <numerusform>Stage for %n selected contact:</numerusform>
            <numerusform>Stage for %n selected contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected contact(s)</source>
        <translation>
            <numerusform>%n selected contact</numerusform>
            <numerusform>%n selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A follow-up was scheduled for each of %n contact(s).</source>
        <translation>
            <numerusform>A follow-up was scheduled for each of %n contact.</numerusform>
            <numerusform>A follow-up was scheduled for each of %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot; added to %n contact(s).</source>
        <translation>
            <numerusform>Tag &quot;%1&quot; added to %n contact.</numerusform>
            <numerusform>Tag &quot;%1&quot; added to %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag &quot;%1&quot; removed from %n contact(s).</source>
        <translation>
            <numerusform>Tag &quot;%1&quot; removed from %n contact.</numerusform>
            <numerusform>Tag &quot;%1&quot; removed from %n contacts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag for %n selected contact(s):</source>
        <translation>
            <numerusform>Tag for %n selected contact:</numerusform>
            <numerusform>Tag for %n selected contacts:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No tags on the %n selected contact(s).</source>
        <translation>
            <numerusform>No tags on the %n selected contact.</numerusform>
            <numerusform>No tags on the %n selected contacts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::FunnelChartView</name>
    <message numerus="yes">
        <source>Funnel: %n lead(s) entered</source>
        <translation>
            <numerusform>Funnel: %n lead entered</numerusform>
            <numerusform>Funnel: %n leads entered</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ImportPolicyPage</name>
    <message numerus="yes">
        <source>%n row(s) read; nothing was stored by this trial.</source>
        <translation>
            <numerusform>%n row read; nothing was stored by this trial.</numerusform>
            <numerusform>%n rows read; nothing was stored by this trial.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ImportResultPage</name>
    <message numerus="yes">
        <source>%n row(s) of %1 were read.</source>
        <translation>
            <numerusform>%n row of %1 was read.</numerusform>
            <numerusform>%n rows of %1 were read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ImportUndo</name>
    <message numerus="yes">
        <source>%n contact(s) it created will be removed.</source>
        <translation>
            <numerusform>%n contact it created will be removed.</numerusform>
            <numerusform>%n contacts it created will be removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) it merged into will go back to how they were.</source>
        <translation>
            <numerusform>%n contact it merged into will go back to how they were.</numerusform>
            <numerusform>%n contacts it merged into will go back to how they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::MainWindow</name>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::MergeCompaniesDialog</name>
    <message numerus="yes">
        <source>Keep %1 (%n people, won %2)</source>
        <translation>
            <numerusform>Keep %1 (%n person, won %2)</numerusform>
            <numerusform>Keep %1 (%n people, won %2)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::ScheduleFollowUpsCommand</name>
    <message numerus="yes">
        <source>follow-ups for %n contact(s)</source>
        <translation>
            <numerusform>follow-ups for %n contact</numerusform>
            <numerusform>follow-ups for %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::SelectionOutputActions</name>
    <message numerus="yes">
        <source>Export %n selected contact(s)</source>
        <translation>
            <numerusform>Export %n selected contact</numerusform>
            <numerusform>Export %n selected contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) exported to %1.</source>
        <translation>
            <numerusform>%n contact exported to %1.</numerusform>
            <numerusform>%n contacts exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Call sheet for %n selected contact(s)</source>
        <translation>
            <numerusform>Call sheet for %n selected contact</numerusform>
            <numerusform>Call sheet for %n selected contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::SourceChartView</name>
    <message numerus="yes">
        <source>%1 (%n customer(s))</source>
        <translation>
            <numerusform>%1 (%n customer)</numerusform>
            <numerusform>%1 (%n customers)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::SourcesView</name>
    <message numerus="yes">
        <source>Delete the source &quot;%1&quot;? Its %n contact(s) keep all their details and lose only the link to it.</source>
        <translation>
            <numerusform>Delete the source &quot;%1&quot;? Its %n contact keeps all their details and loses only the link to it.</numerusform>
            <numerusform>Delete the source &quot;%1&quot;? Its %n contacts keep all their details and lose only the link to it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::StageChangeCommand</name>
    <message numerus="yes">
        <source>change of stage of %n contact(s)</source>
        <translation>
            <numerusform>change of stage of %n contact</numerusform>
            <numerusform>change of stage of %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::TagCommand</name>
    <message numerus="yes">
        <source>tag &quot;%1&quot; on %n contact(s)</source>
        <translation>
            <numerusform>tag &quot;%1&quot; on %n contact</numerusform>
            <numerusform>tag &quot;%1&quot; on %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removal of tag &quot;%1&quot; from %n contact(s)</source>
        <translation>
            <numerusform>removal of tag &quot;%1&quot; from %n contact</numerusform>
            <numerusform>removal of tag &quot;%1&quot; from %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kizuna::TrashContactsCommand</name>
    <message numerus="yes">
        <source>deletion of %n contact(s)</source>
        <translation>
            <numerusform>deletion of %n contact</numerusform>
            <numerusform>deletion of %n contacts</numerusform>
        </translation>
    </message>
</context>
</TS>
