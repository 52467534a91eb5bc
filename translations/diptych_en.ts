<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AddAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/AddAnnotationCommand.cpp" line="+12" />
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>AddReplyCommand</name>
    <message>
        <location filename="../app/annotations/AddReplyCommand.cpp" line="+10" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
</context>
<context>
    <name>ChangeAnnotationColorCommand</name>
    <message>
        <location filename="../app/annotations/ChangeAnnotationColorCommand.cpp" line="+20" />
        <source>Recolour</source>
        <translation>Recolour</translation>
    </message>
</context>
<context>
    <name>EditNoteTextCommand</name>
    <message>
        <location filename="../app/annotations/EditNoteTextCommand.cpp" line="+18" />
        <source>Edit note</source>
        <translation>Edit note</translation>
    </message>
</context>
<context>
    <name>EditReplyCommand</name>
    <message>
        <location filename="../app/annotations/EditReplyCommand.cpp" line="+12" />
        <source>Edit reply</source>
        <translation>Edit reply</translation>
    </message>
</context>
<context>
    <name>EditTagsCommand</name>
    <message>
        <location filename="../app/annotations/EditTagsCommand.cpp" line="+12" />
        <source>Edit tags</source>
        <translation>Edit tags</translation>
    </message>
</context>
<context>
    <name>ExternalLinkPrompt</name>
    <message>
        <location filename="../app/links/ExternalLinkPrompt.cpp" line="+13" />
        <source>Reference not in the library</source>
        <translation>Reference not in the library</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</source>
        <translation>%1 is not in your library.

Open its page on officielebekendmakingen.nl in the browser?
%2</translation>
    </message>
</context>
<context>
    <name>RemoveAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/RemoveAnnotationCommand.cpp" line="+17" />
        <source>Delete %1</source>
        <translation>Delete %1</translation>
    </message>
</context>
<context>
    <name>RemoveReplyCommand</name>
    <message>
        <location filename="../app/annotations/RemoveReplyCommand.cpp" line="+10" />
        <source>Delete reply</source>
        <translation>Delete reply</translation>
    </message>
</context>
<context>
    <name>ShareAnnotationCommand</name>
    <message>
        <location filename="../app/annotations/ShareAnnotationCommand.cpp" line="+13" />
        <source>Make private</source>
        <translation>Make private</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Share with the team</source>
        <translation>Share with the team</translation>
    </message>
</context>
<context>
    <name>TextDocumentBuilder</name>
    <message>
        <location filename="../app/document/TextDocumentBuilder.cpp" line="+146" />
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationController</name>
    <message>
        <location filename="../app/annotations/AnnotationController.cpp" line="+53" />
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+93" />
        <source>&amp;Highlight</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <location line="-93" />
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Underline</source>
        <translation>&amp;Underline</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Strike out</source>
        <translation>&amp;Strike out</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+107" />
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Edit &amp;note…</source>
        <translation>Edit &amp;note…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Colour</source>
        <translation>&amp;Colour</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Make %1</source>
        <translation>Make %1</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Delete annotation</source>
        <translation>&amp;Delete annotation</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Private (only me)</source>
        <translation>&amp;Private (only me)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Already shared with the team, whose members may have it</source>
        <translation>Already shared with the team, whose members may have it</translation>
    </message>
    <message>
        <location line="+15" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Add a &amp;note here…</source>
        <translation>Add a &amp;note here…</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationFiles</name>
    <message>
        <location filename="../app/annotations/AnnotationFiles.cpp" line="+47" />
        <location line="+13" />
        <location line="+18" />
        <source>The letter is not analysed yet.</source>
        <translation>The letter is not analysed yet.</translation>
    </message>
    <message>
        <location line="+5" />
        <source>The file holds no annotations.</source>
        <translation>The file holds no annotations.</translation>
    </message>
    <message numerus="yes">
        <location line="+3" />
        <source>Import %n annotation(s)</source>
        <translation>
            <numerusform>Import %n annotation(s)</numerusform><numerusform>Import %n annotation(s)</numerusform></translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+5" />
        <source>Export PDF with annotations</source>
        <translation>Export PDF with annotations</translation>
    </message>
    <message>
        <location line="-4" />
        <source>-annotations</source>
        <translation>-annotations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+12" />
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <location line="-6" />
        <location line="+5" />
        <source>Export annotations</source>
        <translation>Export annotations</translation>
    </message>
    <message>
        <location line="-3" />
        <location line="+10" />
        <source>W3C Web Annotations (*.json *.jsonld)</source>
        <translation>W3C Web Annotations (*.json *.jsonld)</translation>
    </message>
    <message>
        <location line="-1" />
        <location line="+7" />
        <location line="+5" />
        <source>Import annotations</source>
        <translation>Import annotations</translation>
    </message>
    <message>
        <location line="-4" />
        <source>%1 could not be imported: %2</source>
        <translation>%1 could not be imported: %2</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 placed, %2 not found in this letter: they are listed under "Not placed" in the Annotations panel.</source>
        <translation>%1 placed, %2 not found in this letter: they are listed under "Not placed" in the Annotations panel.</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationModel</name>
    <message>
        <location filename="../app/annotations/AnnotationModel.cpp" line="+175" />
        <source>The annotation database is not open: this change is kept only until Diptych closes.</source>
        <translation>The annotation database is not open: this change is kept only until Diptych closes.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>The annotation could not be stored: %1</source>
        <translation>The annotation could not be stored: %1</translation>
    </message>
    <message>
        <location line="+36" />
        <source>The annotation could not be deleted: %1</source>
        <translation>The annotation could not be deleted: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+54" />
        <source>The annotation database is not open.</source>
        <translation>The annotation database is not open.</translation>
    </message>
    <message>
        <location line="-21" />
        <source>The reply could not be stored: %1</source>
        <translation>The reply could not be stored: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The annotation database is not open: this reply is kept only until Diptych closes.</source>
        <translation>The annotation database is not open: this reply is kept only until Diptych closes.</translation>
    </message>
    <message>
        <location line="+19" />
        <source>The reply could not be deleted: %1</source>
        <translation>The reply could not be deleted: %1</translation>
    </message>
    <message>
        <location line="+15" />
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Underline</source>
        <translation>Underline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strike-out</source>
        <translation>Strike-out</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on a passage</source>
        <translation>Note on a passage</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Note on a page</source>
        <translation>Note on a page</translation>
    </message>
</context>
<context>
    <name>diptych::AnnotationsPanel</name>
    <message>
        <location filename="../app/annotations/AnnotationsPanel.cpp" line="+85" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+7" />
        <location line="+588" />
        <source>Reply…</source>
        <translation>Reply…</translation>
    </message>
    <message>
        <location line="-587" />
        <source>Answer this annotation</source>
        <translation>Answer this annotation</translation>
    </message>
    <message>
        <location line="+4" />
        <location line="+1" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location line="+45" />
        <source>Whole library</source>
        <translation>Whole library</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Show the annotations of every document, not only the current one</source>
        <translation>Show the annotations of every document, not only the current one</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Filter by text</source>
        <translation>Filter by text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Filter annotations by text</source>
        <translation>Filter annotations by text</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Underlines</source>
        <translation>Underlines</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Strike-outs</source>
        <translation>Strike-outs</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+107" />
        <source>All colours</source>
        <translation>All colours</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location line="+1" />
        <source>All authors</source>
        <translation>All authors</translation>
    </message>
    <message>
        <location line="+11" />
        <source>Document not in the library</source>
        <translation>Document not in the library</translation>
    </message>
    <message>
        <location line="+50" />
        <source>Reply by %1, %2: %3</source>
        <translation>Reply by %1, %2: %3</translation>
    </message>
    <message>
        <location line="+116" />
        <source>In this document</source>
        <translation>In this document</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Not placed</source>
        <translation>Not placed</translation>
    </message>
    <message>
        <location line="+61" />
        <source>Only %1 changes this note; reply to it instead</source>
        <translation>Only %1 changes this note; reply to it instead</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
    <message>
        <location line="+165" />
        <source>Edit reply…</source>
        <translation>Edit reply…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Delete reply</source>
        <translation>Delete reply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only %1 can delete this reply</source>
        <translation>Only %1 can delete this reply</translation>
    </message>
</context>
<context>
    <name>diptych::Application</name>
    <message>
        <location filename="../app/shell/Application.cpp" line="+108" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location line="+60" />
        <source>The annotations cannot be read or saved: %1</source>
        <translation>The annotations cannot be read or saved: %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
</context>
<context>
    <name>diptych::CitedKamerstukDownload</name>
    <message>
        <location filename="../app/library/CitedKamerstukDownload.cpp" line="+33" />
        <source>Already fetching letters</source>
        <translation>Already fetching letters</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Downloading %1…</source>
        <translation>Downloading %1…</translation>
    </message>
    <message>
        <location line="+20" />
        <source>Download and open</source>
        <translation>Download and open</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 could not be downloaded:
%2</source>
        <translation>%1 could not be downloaded:
%2</translation>
    </message>
</context>
<context>
    <name>diptych::CommandLine</name>
    <message>
        <location filename="../app/shell/CommandLine.cpp" line="+11" />
        <source>Read and compare Kamerbrieven about NATO ministerial meetings.</source>
        <translation>Read and compare Kamerbrieven about NATO ministerial meetings.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open LEFT and RIGHT side by side.</source>
        <translation>Open LEFT and RIGHT side by side.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>PDF or text files to open.</source>
        <translation>PDF or text files to open.</translation>
    </message>
    <message>
        <location line="+10" />
        <source>--compare needs exactly two files: LEFT RIGHT</source>
        <translation>--compare needs exactly two files: LEFT RIGHT</translation>
    </message>
</context>
<context>
    <name>diptych::CompareView</name>
    <message>
        <location filename="../app/compare/CompareView.cpp" line="+40" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Match</source>
        <translation>Match</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Section alignment</source>
        <translation>Section alignment</translation>
    </message>
    <message>
        <location line="+7" />
        <source>Linked scrolling</source>
        <translation>Linked scrolling</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Keep aligned sections level while reading either side</source>
        <translation>Keep aligned sections level while reading either side</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Aligning sections…</source>
        <translation>Aligning sections…</translation>
    </message>
    <message>
        <location line="+46" />
        <source>%1 ↔ %2</source>
        <translation>%1 ↔ %2</translation>
    </message>
    <message>
        <location line="+29" />
        <source>&lt;b&gt;Across meetings&lt;/b&gt; — left: %1; right: %2</source>
        <translation>&lt;b&gt;Across meetings&lt;/b&gt; — left: %1; right: %2</translation>
    </message>
    <message>
        <location line="+8" />
        <source>the agenda of %1</source>
        <translation>the agenda of %1</translation>
    </message>
    <message>
        <location line="+1" />
        <source>the report of %1</source>
        <translation>the report of %1</translation>
    </message>
    <message>
        <location line="+3" />
        <source>a letter on %1</source>
        <translation>a letter on %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14" />
        <source>On the agenda and in the report</source>
        <translation>On the agenda and in the report</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Only on the agenda</source>
        <translation>Only on the agenda</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Only in the report</source>
        <translation>Only in the report</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Nothing to align: neither letter has headings; they are shown side by side</source>
        <translation>Nothing to align: neither letter has headings; they are shown side by side</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Nothing to align: the left letter has no headings; they are shown side by side</source>
        <translation>Nothing to align: the left letter has no headings; they are shown side by side</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Nothing to align: the right letter has no headings; they are shown side by side</source>
        <translation>Nothing to align: the right letter has no headings; they are shown side by side</translation>
    </message>
    <message>
        <location line="+3" />
        <source>%1 aligned, %2 only on the agenda, %3 only in the report</source>
        <translation>%1 aligned, %2 only on the agenda, %3 only in the report</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentHeader</name>
    <message>
        <location filename="../app/document/DocumentHeader.cpp" line="+29" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Read the clean text</source>
        <translation>Read the clean text</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1" />
        <source>See the PDF pages</source>
        <translation>See the PDF pages</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Page number</source>
        <translation>Page number</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit width</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+51" />
        <source>of %1</source>
        <translation>of %1</translation>
    </message>
    <message>
        <location line="+7" />
        <source>The pages cannot be shown: %1</source>
        <translation>The pages cannot be shown: %1</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentLinksModel</name>
    <message>
        <location filename="../app/links/DocumentLinksModel.cpp" line="+47" />
        <source>dossier %1</source>
        <translation>dossier %1</translation>
    </message>
    <message>
        <location line="+14" />
        <source>Same meeting</source>
        <translation>Same meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous meeting</source>
        <translation>Previous meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next meeting</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Kamerstukken cited</source>
        <translation>Kamerstukken cited</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Cited by</source>
        <translation>Cited by</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Also cited in</source>
        <translation>Also cited in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Meetings mentioned</source>
        <translation>Meetings mentioned</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Mentioned in</source>
        <translation>Mentioned in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Same summit mentioned in</source>
        <translation>Same summit mentioned in</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outside the library</source>
        <translation>Outside the library</translation>
    </message>
    <message>
        <location line="+58" />
        <source>%1, earlier</source>
        <translation>%1, earlier</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1, later</source>
        <translation>%1, later</translation>
    </message>
    <message>
        <location line="+28" />
        <source>Not in the library: opens %1 in the browser when you ask</source>
        <translation>Not in the library: opens %1 in the browser when you ask</translation>
    </message>
    <message>
        <location line="+27" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentPane</name>
    <message>
        <location filename="../app/document/DocumentPane.cpp" line="+53" />
        <source>Analysing %1…</source>
        <translation>Analysing %1…</translation>
    </message>
    <message>
        <location line="+111" />
        <source>%1 could not be opened:
%2</source>
        <translation>%1 could not be opened:
%2</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentTabs</name>
    <message>
        <location filename="../app/shell/DocumentTabs.cpp" line="+19" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
</context>
<context>
    <name>diptych::DocumentView</name>
    <message>
        <location filename="../app/document/DocumentView.cpp" line="+31" />
        <source>Document text</source>
        <translation>Document text</translation>
    </message>
</context>
<context>
    <name>diptych::DownloadAndOpenMenu</name>
    <message>
        <location filename="../app/library/DownloadAndOpenMenu.cpp" line="+16" />
        <source>Download and open</source>
        <translation>Download and open</translation>
    </message>
</context>
<context>
    <name>diptych::FetchService</name>
    <message>
        <location filename="../app/library/FetchService.cpp" line="+60" />
        <source>The library cannot be opened: %1</source>
        <translation>The library cannot be opened: %1</translation>
    </message>
</context>
<context>
    <name>diptych::FindBar</name>
    <message>
        <location filename="../app/document/FindBar.cpp" line="+15" />
        <source>Find in document (accents and case ignored)</source>
        <translation>Find in document (accents and case ignored)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Previous match (Shift+Enter)</source>
        <translation>Previous match (Shift+Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Next match (Enter)</source>
        <translation>Next match (Enter)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Close (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Close find bar</source>
        <translation>Close find bar</translation>
    </message>
    <message>
        <location line="+35" />
        <source>no matches</source>
        <translation>no matches</translation>
    </message>
    <message>
        <location line="+2" />
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>diptych::FollowDossierActions</name>
    <message>
        <location filename="../app/library/FollowDossierActions.cpp" line="+37" />
        <source>&amp;Follow dossier…</source>
        <translation>&amp;Follow dossier…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Check followed dossiers now</source>
        <translation>&amp;Check followed dossiers now</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Check followed dossiers at &amp;start</source>
        <translation>Check followed dossiers at &amp;start</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Download a dossier's Kamerstukken from officielebekendmakingen.nl into the library</source>
        <translation>Download a dossier's Kamerstukken from officielebekendmakingen.nl into the library</translation>
    </message>
    <message>
        <location line="+35" />
        <location line="+6" />
        <location line="+28" />
        <location line="+36" />
        <source>Follow dossier</source>
        <translation>Follow dossier</translation>
    </message>
    <message>
        <location line="-70" />
        <source>Dossier number (for example 28676 or 21501-02):</source>
        <translation>Dossier number (for example 28676 or 21501-02):</translation>
    </message>
    <message>
        <location line="+6" />
        <source>“%1” is not a dossier number.</source>
        <translation>“%1” is not a dossier number.</translation>
    </message>
    <message>
        <location line="+18" />
        <source>Already fetching letters</source>
        <translation>Already fetching letters</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+3" />
        <source>Searching the official publications…</source>
        <translation>Searching the official publications…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12" />
        <source>%1 of %2: %3</source>
        <translation>%1 of %2: %3</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Fetching letters: %1</source>
        <translation>Fetching letters: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17" />
        <source>Fetching cancelled: %n new letter(s)</source>
        <translation>
            <numerusform>Fetching cancelled: %n new letter(s)</numerusform><numerusform>Fetching cancelled: %n new letter(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>Fetching done: %n new letter(s)</source>
        <translation>
            <numerusform>Fetching done: %n new letter(s)</numerusform><numerusform>Fetching done: %n new letter(s)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+1" />
        <source>, %n already in the library</source>
        <translation>
            <numerusform>, %n already in the library</numerusform><numerusform>, %n already in the library</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n failed</numerusform><numerusform>, %n failed</numerusform></translation>
    </message>
</context>
<context>
    <name>diptych::FootnotePopup</name>
    <message>
        <location filename="../app/document/FootnotePopup.cpp" line="+64" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Download and open</source>
        <translation>Download and open</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryIndexActions</name>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="+15" />
        <source>Rebuild search &amp;index</source>
        <translation>Rebuild search &amp;index</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Analyse every letter of the library again and rebuild the search index</source>
        <translation>Analyse every letter of the library again and rebuild the search index</translation>
    </message>
    <message>
        <location line="+8" />
        <source>Search index: %1</source>
        <translation>Search index: %1</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryMenu.cpp" line="+16" />
        <source>L&amp;ibrary</source>
        <translation>L&amp;ibrary</translation>
    </message>
    <message>
        <location filename="../app/library/LibraryIndexActions.cpp" line="+10" />
        <source>Indexing the library: %1 of %2 letters</source>
        <translation>Indexing the library: %1 of %2 letters</translation>
    </message>
    <message numerus="yes">
        <location line="+5" />
        <source>Search index up to date: %n letter(s) indexed</source>
        <translation>
            <numerusform>Search index up to date: %n letter(s) indexed</numerusform><numerusform>Search index up to date: %n letter(s) indexed</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n unchanged</source>
        <translation>
            <numerusform>, %n unchanged</numerusform><numerusform>, %n unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>, %n could not be read</source>
        <translation>
            <numerusform>, %n could not be read</numerusform><numerusform>, %n could not be read</numerusform></translation>
    </message>
</context>
<context>
    <name>diptych::LibraryItemDelegate</name>
    <message>
        <location filename="../app/library/LibraryItemDelegate.cpp" line="+63" />
        <source>%1 (file missing)</source>
        <translation>%1 (file missing)</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryModel</name>
    <message>
        <location filename="../app/library/LibraryModel.cpp" line="+172" />
        <source>Other documents</source>
        <translation>Other documents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>NATO foreign ministers meeting</source>
        <translation>NATO foreign ministers meeting</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Meeting not recognised</source>
        <translation>Meeting not recognised</translation>
    </message>
    <message numerus="yes">
        <location line="+21" />
        <source>%1 and %n other file(s) of this letter</source>
        <translation>
            <numerusform>%1 and %n other file(s) of this letter</numerusform><numerusform>%1 and %n other file(s) of this letter</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+25" />
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Motion</source>
        <translation>Motion</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Committee</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
</context>
<context>
    <name>diptych::LibraryPanel</name>
    <message>
        <location filename="../app/library/LibraryPanel.cpp" line="+27" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Add documents to the library</source>
        <translation>Add documents to the library</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+113" />
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <location line="-112" />
        <source>Put the agenda and the report of the selected meeting side by side, or any two selected documents</source>
        <translation>Put the agenda and the report of the selected meeting side by side, or any two selected documents</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Remove the selected documents from the library (the files stay)</source>
        <translation>Remove the selected documents from the library (the files stay)</translation>
    </message>
    <message>
        <location line="+108" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Export notes of this meeting…</source>
        <translation>Export notes of this meeting…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Export notes…</source>
        <translation>Export notes…</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Remove from library</source>
        <translation>Remove from library</translation>
    </message>
</context>
<context>
    <name>diptych::LibrarySearchPanel</name>
    <message>
        <location filename="../app/links/LibrarySearchPanel.cpp" line="+20" />
        <source>Search all letters (oekraine, "burden sharing", defensie*)</source>
        <translation>Search all letters (oekraine, "burden sharing", defensie*)</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Search results by meeting</source>
        <translation>Search results by meeting</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+16" />
        <source>The search index cannot be read: %1</source>
        <translation>The search index cannot be read: %1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No letter matches.</source>
        <translation>No letter matches.</translation>
    </message>
    <message numerus="yes">
        <location line="+2" />
        <source>%n letter(s)</source>
        <translation>
            <numerusform>%n letter(s)</numerusform><numerusform>%n letter(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>diptych::LinkDocks</name>
    <message>
        <location filename="../app/links/LinkDocks.cpp" line="+22" />
        <source>&amp;Search library…</source>
        <translation>&amp;Search library…</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Threads</source>
        <translation>Threads</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Search library</source>
        <translation>Search library</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
</context>
<context>
    <name>diptych::LinksPanel</name>
    <message>
        <location filename="../app/links/LinksPanel.cpp" line="+22" />
        <source>Links of this document</source>
        <translation>Links of this document</translation>
    </message>
    <message>
        <location line="+38" />
        <source>Open a letter to see how it is linked to the other letters of the library.</source>
        <translation>Open a letter to see how it is linked to the other letters of the library.</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Linking the library…</source>
        <translation>Linking the library…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>No links to other letters of the library.</source>
        <translation>No links to other letters of the library.</translation>
    </message>
</context>
<context>
    <name>diptych::MainWindow</name>
    <message>
        <location filename="../app/shell/MainWindow.cpp" line="+69" />
        <source>Diptych</source>
        <translation>Diptych</translation>
    </message>
    <message>
        <location line="+389" />
        <source>Open documents</source>
        <translation>Open documents</translation>
    </message>
    <message>
        <location line="-348" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location line="+2" />
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location line="+20" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Compare two documents…</source>
        <translation>&amp;Compare two documents…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Export notes…</source>
        <translation>&amp;Export notes…</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find &amp;next</source>
        <translation>Find &amp;next</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Find &amp;previous</source>
        <translation>Find &amp;previous</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Annotate</source>
        <translation>&amp;Annotate</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Your &amp;name on annotations…</source>
        <translation>Your &amp;name on annotations…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+12" />
        <source>&amp;Reset layout</source>
        <translation>&amp;Reset layout</translation>
    </message>
    <message>
        <location line="+7" />
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location line="+5" />
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Outline</source>
        <translation>&amp;Outline</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <location line="+4" />
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;About Diptych</source>
        <translation>&amp;About Diptych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>About Diptych</source>
        <translation>About Diptych</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Diptych %1&lt;/b&gt;&lt;p&gt;Reads Kamerbrieven about NATO ministerial meetings and puts an annotated agenda and its report side by side.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+3" />
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Your name on annotations</source>
        <translation>Your name on annotations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Annotations you make from now on carry this name:</source>
        <translation>Annotations you make from now on carry this name:</translation>
    </message>
    <message>
        <location line="+10" />
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <location line="+0" />
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&amp;Keep PDF pages white</source>
        <translation>&amp;Keep PDF pages white</translation>
    </message>
    <message>
        <location line="+4" />
        <source>In the dark theme, show PDF pages as printed instead of inverted</source>
        <translation>In the dark theme, show PDF pages as printed instead of inverted</translation>
    </message>
    <message>
        <location line="+42" />
        <location line="+79" />
        <source>Cannot open document</source>
        <translation>Cannot open document</translation>
    </message>
    <message>
        <location line="+28" />
        <source>%1 cannot be opened: its name is not valid UTF-8. Rename the file and open it again.</source>
        <translation>%1 cannot be opened: its name is not valid UTF-8. Rename the file and open it again.</translation>
    </message>
    <message>
        <location line="+1" />
        <source>%1 cannot be opened: the file does not exist or cannot be read.</source>
        <translation>%1 cannot be opened: the file does not exist or cannot be read.</translation>
    </message>
    <message>
        <location line="-83" />
        <source>Cannot compare</source>
        <translation>Cannot compare</translation>
    </message>
    <message>
        <location line="+54" />
        <source>%1 cannot be opened:
%2</source>
        <translation>%1 cannot be opened:
%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6" />
        <source>Analysing %1 (%n left)…</source>
        <translation>
            <numerusform>Analysing %1 (%n left)…</numerusform><numerusform>Analysing %1 (%n left)…</numerusform></translation>
    </message>
    <message>
        <location line="+30" />
        <location line="+24" />
        <source>Kamerbrieven (*.pdf *.txt);;All files (*)</source>
        <translation>Kamerbrieven (*.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Agenda (left)</source>
        <translation>Agenda (left)</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Report (right)</source>
        <translation>Report (right)</translation>
    </message>
    <message>
        <location line="-350" />
        <source>&amp;Watch a folder…</source>
        <translation>&amp;Watch a folder…</translation>
    </message>
    <message>
        <location line="+331" />
        <source>Watch a folder</source>
        <translation>Watch a folder</translation>
    </message>
</context>
<context>
    <name>diptych::MeetingTimeline</name>
    <message>
        <location filename="../app/links/MeetingTimeline.cpp" line="+42" />
        <source>Timeline of meetings</source>
        <translation>Timeline of meetings</translation>
    </message>
    <message>
        <location line="+112" />
        <source>The meetings of the library appear here once their letters are linked.</source>
        <translation>The meetings of the library appear here once their letters are linked.</translation>
    </message>
    <message>
        <location line="+46" />
        <source>place unknown</source>
        <translation>place unknown</translation>
    </message>
    <message>
        <location line="+20" />
        <source>no %1</source>
        <translation>no %1</translation>
    </message>
</context>
<context>
    <name>diptych::NoteEditor</name>
    <message>
        <location filename="../app/annotations/NoteEditor.cpp" line="+89" />
        <source>Looking for suggestions…</source>
        <translation>Looking for suggestions…</translation>
    </message>
    <message>
        <location line="+6" />
        <location line="+5" />
        <source>Add to dictionary</source>
        <translation>Add to dictionary</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The word could not be added to your word list:
%1</source>
        <translation>The word could not be added to your word list:
%1</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <location line="+45" />
        <source>No suggestions</source>
        <translation>No suggestions</translation>
    </message>
    <message>
        <location line="+10" />
        <source>Spelling language</source>
        <translation>Spelling language</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Dutch</source>
        <translation>Dutch</translation>
    </message>
    <message>
        <location line="+1" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location line="+8" />
        <source>No dictionary installed</source>
        <translation>No dictionary installed</translation>
    </message>
</context>
<context>
    <name>diptych::NotesExport</name>
    <message>
        <location filename="../app/export/NotesExport.cpp" line="+30" />
        <source>ODF text document (*.odt)</source>
        <translation>ODF text document (*.odt)</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+4" />
        <source>-notes</source>
        <translation>-notes</translation>
    </message>
    <message>
        <location line="+6" />
        <source>meeting-notes</source>
        <translation>meeting-notes</translation>
    </message>
    <message>
        <location line="+15" />
        <location line="+8" />
        <source>Export notes</source>
        <translation>Export notes</translation>
    </message>
    <message>
        <location line="-8" />
        <source>The notes could not be exported.
%1</source>
        <translation>The notes could not be exported.
%1</translation>
    </message>
    <message>
        <location line="+42" />
        <source>Choose a name ending in .odt or .md.</source>
        <translation>Choose a name ending in .odt or .md.</translation>
    </message>
</context>
<context>
    <name>diptych::OutlinePanel</name>
    <message>
        <location filename="../app/document/OutlinePanel.cpp" line="+38" />
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location line="+29" />
        <source>Cover letter</source>
        <translation>Cover letter</translation>
    </message>
    <message>
        <location line="+20" />
        <source>No sections found</source>
        <translation>No sections found</translation>
    </message>
</context>
<context>
    <name>diptych::PdfView</name>
    <message>
        <location filename="../app/pdf/PdfView.cpp" line="+36" />
        <source>PDF pages</source>
        <translation>PDF pages</translation>
    </message>
</context>
<context>
    <name>diptych::PrintActions</name>
    <message>
        <location filename="../app/print/PrintActions.cpp" line="+11" />
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Export annotated &amp;PDF…</source>
        <translation>Export annotated &amp;PDF…</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Print &amp;handout…</source>
        <translation>Print &amp;handout…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>The aligned sections of the agenda and the report side by side</source>
        <translation>The aligned sections of the agenda and the report side by side</translation>
    </message>
</context>
<context>
    <name>diptych::PrintDialogs</name>
    <message>
        <location filename="../app/print/PrintDialogs.cpp" line="+54" />
        <location line="+44" />
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="-43" />
        <source>%1 cannot be printed: %2</source>
        <translation>%1 cannot be printed: %2</translation>
    </message>
    <message>
        <location line="+53" />
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <location line="+19" />
        <location line="+14" />
        <location line="+8" />
        <source>Export annotated PDF</source>
        <translation>Export annotated PDF</translation>
    </message>
    <message>
        <location line="-7" />
        <source> (annotated)</source>
        <translation> (annotated)</translation>
    </message>
    <message>
        <location line="+1" />
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="+6" />
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <location line="+13" />
        <source>Handout: %1</source>
        <translation>Handout: %1</translation>
    </message>
</context>
<context>
    <name>diptych::PrintOptionsWidget</name>
    <message>
        <location filename="../app/print/PrintOptionsWidget.cpp" line="+10" />
        <source>Print annotations</source>
        <translation>Print annotations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Only pages with annotations</source>
        <translation>Only pages with annotations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Highlights readable in greyscale</source>
        <translation>Highlights readable in greyscale</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In the margin</source>
        <translation>In the margin</translation>
    </message>
    <message>
        <location line="+1" />
        <source>In an appendix</source>
        <translation>In an appendix</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>diptych::ReferencesPanel</name>
    <message>
        <location filename="../app/document/ReferencesPanel.cpp" line="+24" />
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+0" />
        <source>In library</source>
        <translation>In library</translation>
    </message>
    <message>
        <location line="+5" />
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location line="+32" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>diptych::ReplyDialog</name>
    <message>
        <location filename="../app/annotations/ReplyDialog.cpp" line="+18" />
        <source>Reply to %1</source>
        <translation>Reply to %1</translation>
    </message>
    <message>
        <location line="+5" />
        <source>Your reply</source>
        <translation>Your reply</translation>
    </message>
    <message>
        <location line="+1" />
        <location line="+3" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+23" />
        <source>Edit reply</source>
        <translation>Edit reply</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>diptych::SearchResultsModel</name>
    <message>
        <location filename="../app/links/SearchResultsModel.cpp" line="+53" />
        <source>No meeting</source>
        <translation>No meeting</translation>
    </message>
    <message>
        <location line="+21" />
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>diptych::TeamActions</name>
    <message>
        <location filename="../app/team/TeamActions.cpp" line="+34" />
        <source>&amp;Team…</source>
        <translation>&amp;Team…</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Share annotations with a team through a PostgreSQL server</source>
        <translation>Share annotations with a team through a PostgreSQL server</translation>
    </message>
    <message>
        <location line="+46" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The password could not be stored in the desktop keyring: %1.

It is used until Diptych closes. To keep it, start a keyring (for example GNOME Keyring or KWallet) or put it in ~/.pgpass.</source>
        <translation>The password could not be stored in the desktop keyring: %1.

It is used until Diptych closes. To keep it, start a keyring (for example GNOME Keyring or KWallet) or put it in ~/.pgpass.</translation>
    </message>
</context>
<context>
    <name>diptych::TeamDialog</name>
    <message>
        <location filename="../app/team/TeamDialog.cpp" line="+16" />
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location line="+3" />
        <source>for example: directie</source>
        <translation>for example: directie</translation>
    </message>
    <message>
        <location line="+2" />
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+0" />
        <source>if the server asks for one</source>
        <translation>if the server asks for one</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Share annotations with a team through its PostgreSQL server. Your annotations stay on this machine too; edits made without a connection wait and go out later. The password goes to the desktop keyring, never into Diptych's settings; ~/.pgpass and PGPASSWORD work too.</source>
        <translation>Share annotations with a team through its PostgreSQL server. Your annotations stay on this machine too; edits made without a connection wait and go out later. The password goes to the desktop keyring, never into Diptych's settings; ~/.pgpass and PGPASSWORD work too.</translation>
    </message>
    <message>
        <location line="+6" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Stop sharing</source>
        <translation>&amp;Stop sharing</translation>
    </message>
</context>
<context>
    <name>diptych::TeamKeyring</name>
    <message>
        <location filename="../app/team/TeamKeyring.cpp" line="+64" />
        <source>the server address names no user, so the password has no entry to go in</source>
        <translation>the server address names no user, so the password has no entry to go in</translation>
    </message>
</context>
<context>
    <name>diptych::TeamSyncService</name>
    <message>
        <location filename="../app/team/TeamSyncService.cpp" line="+89" />
        <source>1 edit waiting</source>
        <translation>1 edit waiting</translation>
    </message>
    <message>
        <location line="+0" />
        <source>%1 edits waiting</source>
        <translation>%1 edits waiting</translation>
    </message>
    <message>
        <location line="+3" />
        <source>Team %1: connecting…</source>
        <translation>Team %1: connecting…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Team %1: online</source>
        <translation>Team %1: online</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team %1: online — %2</source>
        <translation>Team %1: online — %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Team %1: offline — %2</source>
        <translation>Team %1: offline — %2</translation>
    </message>
</context>
<context>
    <name>diptych::ThreadModel</name>
    <message>
        <location filename="../app/links/ThreadModel.cpp" line="+76" />
        <source>No meeting</source>
        <translation>No meeting</translation>
    </message>
</context>
<context>
    <name>diptych::ThreadView</name>
    <message>
        <location filename="../app/links/ThreadView.cpp" line="+18" />
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+6" />
        <source>Passages about the topic, oldest meeting first</source>
        <translation>Passages about the topic, oldest meeting first</translation>
    </message>
    <message>
        <location line="+3" />
        <source>&amp;Topic:</source>
        <translation>&amp;Topic:</translation>
    </message>
    <message numerus="yes">
        <location line="+25" />
        <source>%1 (%n letters)</source>
        <translation>
            <numerusform>%1 (%n letters)</numerusform><numerusform>%1 (%n letters)</numerusform></translation>
    </message>
    <message>
        <location line="+10" />
        <source>No topic is followed across the letters of the library yet.</source>
        <translation>No topic is followed across the letters of the library yet.</translation>
    </message>
</context>
<context>
    <name>diptych::WelcomePage</name>
    <message>
        <location filename="../app/shell/WelcomePage.cpp" line="+15" />
        <source>Compare agenda and report</source>
        <translation>Compare agenda and report</translation>
    </message>
    <message>
        <location line="+1" />
        <source>Compare across meetings</source>
        <translation>Compare across meetings</translation>
    </message>
    <message>
        <location line="+8" />
        <source>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Diptych&lt;/h2&gt;&lt;p&gt;Open a letter from the library on the left, or drop PDF or text files here.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+41" />
        <source>&lt;p&gt;Or put two letters side by side:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Or put two letters side by side:&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&lt;p&gt;Add an agenda and a report to compare them side by side (File › Compare two documents…).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Add an agenda and a report to compare them side by side (File › Compare two documents…).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12" />
        <source>The report of %1 against the agenda of the next meeting, %2</source>
        <translation>The report of %1 against the agenda of the next meeting, %2</translation>
    </message>
    <message>
        <location line="+1" />
        <source>The agenda and the report of %1, sections aligned</source>
        <translation>The agenda and the report of %1, sections aligned</translation>
    </message>
</context>
<context>
    <name>diptych::WindowAnnotations</name>
    <message>
        <location filename="../app/annotations/WindowAnnotations.cpp" line="+65" />
        <location line="+2" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location line="+21" />
        <source>Export PDF with &amp;annotations…</source>
        <translation>Export PDF with &amp;annotations…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>Export annotations (&amp;W3C JSON)…</source>
        <translation>Export annotations (&amp;W3C JSON)…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Import annotations…</source>
        <translation>&amp;Import annotations…</translation>
    </message>
    <message>
        <location line="+2" />
        <source>A copy of the PDF with standard annotations that other PDF viewers show</source>
        <translation>A copy of the PDF with standard annotations that other PDF viewers show</translation>
    </message>
    <message>
        <location line="+16" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location line="+2" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location line="+13" />
        <source>&amp;Highlight</source>
        <translation>&amp;Highlight</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Underline</source>
        <translation>&amp;Underline</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Strike out</source>
        <translation>&amp;Strike out</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location line="+1" />
        <source>&amp;Note…</source>
        <translation>&amp;Note…</translation>
    </message>
    <message>
        <location line="+0" />
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message numerus="yes">
        <location line="+71" />
        <source>%n annotation(s) taken over from the PDF</source>
        <translation>
            <numerusform>%n annotation(s) taken over from the PDF</numerusform><numerusform>%n annotation(s) taken over from the PDF</numerusform></translation>
    </message>
    <message>
        <location line="+3" />
        <source>The annotations inside the PDF cannot be read: %1</source>
        <translation>The annotations inside the PDF cannot be read: %1</translation>
    </message>
</context>
</TS>