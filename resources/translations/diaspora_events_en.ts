<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DraftsDialog</name>
    <message numerus="yes">
        <source>Delete %n unsaved events for good?</source>
        <translation>
            <numerusform>Delete %n unsaved event for good?</numerusform>
            <numerusform>Delete %n unsaved events for good?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractDialog</name>
    <message numerus="yes">
        <source>%n event(s) found.</source>
        <translation>
            <numerusform>%n event found.</numerusform>
            <numerusform>%n events found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>More than %Ln events (counting…)</source>
        <translation>
            <numerusform>More than %Ln event (counting…)</numerusform>
            <numerusform>More than %Ln events (counting…)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n events to the trash?</source>
        <translation>
            <numerusform>Move %n event to the trash?</numerusform>
            <numerusform>Move %n events to the trash?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events marked {status}.</source>
        <translation>
            <numerusform>%n event marked {status}.</numerusform>
            <numerusform>%n events marked {status}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n events to {path}.</source>
        <translation>
            <numerusform>Exported %n event to {path}.</numerusform>
            <numerusform>Exported %n events to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceTab</name>
    <message numerus="yes">
        <source>nothing matches “{text}”; %n similar shown</source>
        <translation>
            <numerusform>nothing matches “{text}”; %n similar one shown</numerusform>
            <numerusform>nothing matches “{text}”; %n similar ones shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message numerus="yes">
        <source>%Ln selected events</source>
        <translation>
            <numerusform>%Ln selected event</numerusform>
            <numerusform>%Ln selected events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln events match.</source>
        <translation>
            <numerusform>%Ln event matches.</numerusform>
            <numerusform>%Ln events match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <source>%n deleted events. Select one and press Restore.</source>
        <translation>
            <numerusform>%n deleted event. Select it and press Restore.</numerusform>
            <numerusform>%n deleted events. Select one and press Restore.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message numerus="yes">
        <source>Delete %n events</source>
        <translation>
            <numerusform>Delete %n event</numerusform>
            <numerusform>Delete %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restore %n events</source>
        <translation>
            <numerusform>Restore %n event</numerusform>
            <numerusform>Restore %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n events {status}</source>
        <translation>
            <numerusform>Mark %n event {status}</numerusform>
            <numerusform>Mark %n events {status}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import of %n events</source>
        <translation>
            <numerusform>Import of %n event</numerusform>
            <numerusform>Import of %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events added</source>
        <translation>
            <numerusform>%n event added</numerusform>
            <numerusform>%n events added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events updated</source>
        <translation>
            <numerusform>%n event updated</numerusform>
            <numerusform>%n events updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events removed</source>
        <translation>
            <numerusform>%n event removed</numerusform>
            <numerusform>%n events removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events restored</source>
        <translation>
            <numerusform>%n event restored</numerusform>
            <numerusform>%n events restored</numerusform>
        </translation>
    </message>
</context>
</TS>
