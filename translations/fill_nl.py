#!/usr/bin/env python3
"""Fills translations/diptych_nl.ts with the Dutch texts below and diptych_en.ts with the
English source texts, after `lupdate` has added new strings. Run from the repository root:
    lupdate -locations none -no-obsolete app -ts translations/diptych_nl.ts translations/diptych_en.ts
    python3 translations/fill_nl.py
Strings without a Dutch text here stay unfinished and are listed, so none is missed."""
import sys
import xml.etree.ElementTree as ET

NL = {
    "Team %1: connecting…": "Team %1: verbinden…",
    "Team %1: online": "Team %1: online",
    "Team %1: online — %2": "Team %1: online — %2",
    "Team %1: offline — %2": "Team %1: offline — %2",
    "1 edit waiting": "1 bewerking wacht",
    "%1 edits waiting": "%1 bewerkingen wachten",
    "Team": "Team",
    "for example: directie": "bijvoorbeeld: directie",
    "Share annotations with a team through its PostgreSQL server. Your annotations stay on this machine too; edits made without a connection wait and go out later. The password goes to the desktop keyring, never into Diptych's settings; ~/.pgpass and PGPASSWORD work too.": "Deel annotaties met een team via de PostgreSQL-server van het team. Uw annotaties blijven ook op deze computer; bewerkingen zonder verbinding wachten en gaan later mee. Het wachtwoord gaat naar de sleutelbos van het bureaublad, nooit naar de instellingen van Diptych; ~/.pgpass en PGPASSWORD werken ook.",
    "&Password:": "&Wachtwoord:",
    "Make private": "Privé maken",
    "Share with the team": "Delen met het team",
    "&Private (only me)": "&Privé (alleen ik)",
    "Already shared with the team, whose members may have it": "Al gedeeld met het team; de leden kunnen het al hebben",
    "unchanged": "ongewijzigd",
    "if the server asks for one": "als de server erom vraagt",
    "The password could not be stored in the desktop keyring: %1.\n\nIt is used until Diptych closes. To keep it, start a keyring (for example GNOME Keyring or KWallet) or put it in ~/.pgpass.": "Het wachtwoord kon niet in de sleutelbos van het bureaublad worden bewaard: %1.\n\nHet wordt gebruikt tot Diptych sluit. Om het te bewaren: start een sleutelbos (bijvoorbeeld GNOME Keyring of KWallet) of zet het in ~/.pgpass.",
    "the server address names no user, so the password has no entry to go in": "het serveradres noemt geen gebruiker, dus het wachtwoord heeft geen plaats om in te gaan",
    "&Server:": "&Server:",
    "&Team:": "&Team:",
    "&Stop sharing": "&Stoppen met delen",
    "&Team…": "&Team…",
    "Share annotations with a team through a PostgreSQL server": "Annotaties delen met een team via een PostgreSQL-server",
    "Already fetching letters": "Er worden al brieven opgehaald",
    "Downloading %1…": "%1 wordt gedownload…",
    "Download and open": "Downloaden en openen",
    "%1 could not be downloaded:\n%2": "%1 kon niet worden gedownload:\n%2",
    "The library cannot be opened: %1": "De bibliotheek kan niet worden geopend: %1",
    "&Follow dossier…": "Dossier &volgen…",
    "&Check followed dossiers now": "Gevolgde dossiers nu &controleren",
    "Check followed dossiers at &start": "Gevolgde dossiers bij &starten controleren",
    "Download a dossier's Kamerstukken from officielebekendmakingen.nl into the library": "De Kamerstukken van een dossier van officielebekendmakingen.nl in de bibliotheek ophalen",
    "Follow dossier": "Dossier volgen",
    "Dossier number (for example 28676 or 21501-02):": "Dossiernummer (bijvoorbeeld 28676 of 21501-02):",
    "“%1” is not a dossier number.": "“%1” is geen dossiernummer.",
    "Searching the official publications…": "De officiële publicaties worden doorzocht…",
    "Cancel": "Annuleren",
    "%1 of %2: %3": "%1 van %2: %3",
    "Fetching letters: %1": "Brieven ophalen: %1",
    "&Reset layout": "Indeling &herstellen",
    "p. %1": "p. %1",
    "Notes": "Voetnoten",
    "Library": "Bibliotheek",
    "Diptych": "Diptych",
    "Read and compare Kamerbrieven about NATO ministerial meetings.":
        "Kamerbrieven over NAVO-ministersbijeenkomsten lezen en vergelijken.",
    "Open LEFT and RIGHT side by side.": "LINKS en RECHTS naast elkaar openen.",
    "PDF or text files to open.": "Te openen PDF- of tekstbestanden.",
    "--compare needs exactly two files: LEFT RIGHT": "--compare heeft precies twee bestanden nodig: LINKS RECHTS",
    "Agenda": "Agenda",
    "Match": "Overeenkomst",
    "Report": "Verslag",
    "Section alignment": "Koppeling van onderdelen",
    "Linked scrolling": "Gekoppeld scrollen",
    "Keep aligned sections level while reading either side":
        "Gekoppelde onderdelen naast elkaar houden terwijl u een van beide kanten leest",
    "Aligning sections…": "Onderdelen koppelen…",
    "%1 ↔ %2": "%1 ↔ %2",
    "%1 (%2)": "%1 (%2)",
    "On the agenda and in the report": "Op de agenda en in het verslag",
    "Only on the agenda": "Alleen op de agenda",
    "Only in the report": "Alleen in het verslag",
    "%1 aligned, %2 only on the agenda, %3 only in the report":
        "%1 gekoppeld, %2 alleen op de agenda, %3 alleen in het verslag",
    "Analysing %1…": "%1 wordt geanalyseerd…",
    "Text": "Tekst",
    "Read the clean text": "De opgeschoonde tekst lezen",
    "Pages": "Pagina's",
    "See the PDF pages": "De PDF-pagina's bekijken",
    "Page number": "Paginanummer",
    "Zoom": "Zoom",
    "Fit width": "Paginabreedte",
    "Fit page": "Hele pagina",
    "Zoom out (Ctrl+-)": "Uitzoomen (Ctrl+-)",
    "Zoom in (Ctrl++)": "Inzoomen (Ctrl++)",
    "Page": "Pagina",
    "%1 could not be opened:\n%2": "%1 kon niet worden geopend:\n%2",
    "The pages cannot be shown: %1": "De pagina's kunnen niet worden getoond: %1",
    "of %1": "van %1",
    "Document text": "Documenttekst",
    "Find in document (accents and case ignored)": "Zoeken in document (accenten en hoofdletters tellen niet)",
    "Find": "Zoeken",
    "Previous match (Shift+Enter)": "Vorige treffer (Shift+Enter)",
    "Previous match": "Vorige treffer",
    "Next match (Enter)": "Volgende treffer (Enter)",
    "Next match": "Volgende treffer",
    "Close (Esc)": "Sluiten (Esc)",
    "Close find bar": "Zoekbalk sluiten",
    "no matches": "geen treffers",
    "%1 of %2": "%1 van %2",
    "%1 (file missing)": "%1 (bestand ontbreekt)",
    "Other documents": "Overige",
    "NATO foreign ministers meeting": "Bijeenkomst van NAVO-ministers van Buitenlandse Zaken",
    "Meeting not recognised": "Bijeenkomst niet herkend",
    "Letter": "Brief",
    "Add…": "Toevoegen…",
    "Add documents to the library": "Documenten aan de bibliotheek toevoegen",
    "Compare": "Vergelijken",
    "Put the agenda and the report of the selected meeting side by side, or any two selected documents":
        "De agenda en het verslag van de gekozen bijeenkomst naast elkaar zetten, of twee gekozen documenten",
    "Remove": "Verwijderen",
    "Remove the selected documents from the library (the files stay)":
        "De gekozen documenten uit de bibliotheek verwijderen (de bestanden blijven bestaan)",
    "Open": "Openen",
    "Remove from library": "Uit bibliotheek verwijderen",
    "Documents": "Documenten",
    "&Watch a folder…": "Map &volgen…",
    "Watch a folder": "Map volgen",
    "<h2>Diptych</h2><p>Open a letter from the library on the left, or drop PDF or text files here.</p>"
    "<p>Select a meeting and choose <b>Compare</b> to put its agenda and report side by side.</p>":
        "<h2>Diptych</h2><p>Open een brief uit de bibliotheek links, of sleep PDF- of tekstbestanden hierheen.</p>"
        "<p>Kies een bijeenkomst en klik op <b>Vergelijken</b> om de agenda en het verslag naast elkaar te zetten.</p>",
    "Outline": "Inhoud",
    "References": "Verwijzingen",
    # Not "Verwijzingen" too: the Links dock sits in one tab group with References.
    "Links": "Koppelingen",
    "&File": "&Bestand",
    "&Open…": "&Openen…",
    "&Compare two documents…": "Twee documenten &vergelijken…",
    "Ctrl+Shift+C": "Ctrl+Shift+C",
    "Open &recent": "&Recent geopend",
    "&Close tab": "Tabblad &sluiten",
    "&Quit": "&Afsluiten",
    "&Edit": "Be&werken",
    "&Copy": "&Kopiëren",
    "&Find…": "&Zoeken…",
    "Find &next": "&Volgende zoeken",
    "Find &previous": "Vo&rige zoeken",
    "&View": "Beel&d",
    "Zoom &in": "&Inzoomen",
    "Zoom &out": "&Uitzoomen",
    "&Go": "&Ga naar",
    "&Back": "&Terug",
    "&Library": "&Bibliotheek",
    "Ctrl+L": "Ctrl+L",
    "&Outline": "&Inhoud",
    "Ctrl+Shift+O": "Ctrl+Shift+O",
    "&Document": "&Document",
    "Ctrl+D": "Ctrl+D",
    "&Help": "&Help",
    "&About Diptych": "&Over Diptych",
    "About Diptych": "Over Diptych",
    "<b>Diptych %1</b><p>Reads Kamerbrieven about NATO ministerial meetings and puts an annotated "
    "agenda and its report side by side.</p>":
        "<b>Diptych %1</b><p>Leest Kamerbrieven over NAVO-ministersbijeenkomsten en zet een geannoteerde "
        "agenda en het verslag ervan naast elkaar.</p>",
    "Main": "Hoofdbalk",
    "&Language": "&Taal",
    "System language": "Systeemtaal",
    "Cannot open document": "Document kan niet worden geopend",
    "%1 cannot be opened: the file does not exist or cannot be read.":
        "%1 kan niet worden geopend: het bestand bestaat niet of is niet leesbaar.",
    "Cannot compare": "Vergelijken lukt niet",
    "%1 cannot be opened:\n%2": "%1 kan niet worden geopend:\n%2",
    "Kamerbrieven (*.pdf *.txt);;All files (*)": "Kamerbrieven (*.pdf *.txt);;Alle bestanden (*)",
    "Agenda (left)": "Agenda (links)",
    "Report (right)": "Verslag (rechts)",
    "Cover letter": "Aanbiedingsbrief",
    "No sections found": "Geen onderdelen gevonden",
    "PDF pages": "PDF-pagina's",
    "Reference": "Verwijzing",
    "In library": "In bibliotheek",
    "yes": "ja",
    "Reference not in the library": "Verwijzing niet in de bibliotheek",
    "%1 is not in your library.\n\nOpen its page on officielebekendmakingen.nl in the browser?\n%2":
        "%1 staat niet in uw bibliotheek.\n\nDe pagina op officielebekendmakingen.nl in de browser openen?\n%2",
    "Open documents": "Documenten openen",
    "<b>Across meetings</b> — left: %1; right: %2": "<b>Over vergaderingen heen</b> — links: %1; rechts: %2",
    "the agenda of %1": "de agenda van %1",
    "the report of %1": "het verslag van %1",
    "a letter on %1": "een brief over %1",
    "Nothing to align: neither letter has headings; they are shown side by side":
        "Niets te koppelen: geen van beide brieven heeft kopjes; ze staan naast elkaar",
    "Nothing to align: the left letter has no headings; they are shown side by side":
        "Niets te koppelen: de linker brief heeft geen kopjes; ze staan naast elkaar",
    "Nothing to align: the right letter has no headings; they are shown side by side":
        "Niets te koppelen: de rechter brief heeft geen kopjes; ze staan naast elkaar",
    "Documents": "Documenten",
    "PDF": "PDF",
    "Text": "Tekst",
    "Motion": "Motie",
    "Questions": "Kamervragen",
    "Committee": "Commissie",
    "%1 cannot be opened: its name is not valid UTF-8. Rename the file and open it again.":
        "%1 kan niet worden geopend: de naam is geen geldige UTF-8. Geef het bestand een andere naam en open het opnieuw.",
    "Compare agenda and report": "Agenda en verslag vergelijken",
    "Compare across meetings": "Over vergaderingen heen vergelijken",
    "<h2>Diptych</h2><p>Open a letter from the library on the left, or drop PDF or text files here.</p>":
        "<h2>Diptych</h2><p>Open een brief uit de bibliotheek links, of sleep PDF- of tekstbestanden hierheen.</p>",
    "<p>Or put two letters side by side:</p>": "<p>Of zet twee brieven naast elkaar:</p>",
    "<p>Add an agenda and a report to compare them side by side (File › Compare two documents…).</p>":
        "<p>Voeg een agenda en een verslag toe om ze naast elkaar te vergelijken (Bestand › Twee documenten vergelijken…).</p>",
    "The report of %1 against the agenda of the next meeting, %2":
        "Het verslag van %1 naast de agenda van de volgende vergadering, %2",
    "The agenda and the report of %1, sections aligned": "De agenda en het verslag van %1, onderdelen gekoppeld",
    "Reply": "Antwoorden",
    "Delete reply": "Antwoord verwijderen",
    "The reply could not be stored: %1": "Het antwoord kon niet worden opgeslagen: %1",
    "The annotation database is not open: this reply is kept only until Diptych closes.":
        "De annotatiedatabase is niet open: dit antwoord blijft alleen bewaard tot Diptych sluit.",
    "The reply could not be deleted: %1": "Het antwoord kon niet worden verwijderd: %1",
    "Reply…": "Antwoorden…",
    "Answer this annotation": "Deze annotatie beantwoorden",
    "Reply by %1, %2: %3": "Antwoord van %1, %2: %3",
    "Only %1 changes this note; reply to it instead": "Alleen %1 wijzigt deze aantekening; beantwoord haar in plaats daarvan",
    "Only %1 can delete this reply": "Alleen %1 kan dit antwoord verwijderen",
    "Reply to %1": "Antwoord aan %1",
    "Your reply": "Uw antwoord",
    "Ctrl+Enter": "Ctrl+Enter",
    "Edit reply": "Antwoord bewerken",
    "Edit reply…": "Antwoord bewerken…",
    "Save": "Opslaan",
}
NUMERUS_NL = {
    "Fetching cancelled: %n new letter(s)": ("Ophalen geannuleerd: %n nieuwe brief", "Ophalen geannuleerd: %n nieuwe brieven"),
    "Fetching done: %n new letter(s)": ("Ophalen klaar: %n nieuwe brief", "Ophalen klaar: %n nieuwe brieven"),
    ", %n already in the library": (", %n al in de bibliotheek", ", %n al in de bibliotheek"),
    ", %n failed": (", %n mislukt", ", %n mislukt"),
    "%1 and %n other file(s) of this letter": ("%1 en %n ander bestand van deze brief",
                                               "%1 en %n andere bestanden van deze brief"),
    "Analysing %1 (%n left)…": ("%1 wordt geanalyseerd (nog %n)…", "%1 wordt geanalyseerd (nog %n)…"),
}


def fill(path, dutch):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        numerus = message.get("numerus") == "yes"
        if numerus:
            forms = NUMERUS_NL.get(source) if dutch else (source, source)
            if not forms:
                missing.append(source)
                continue
            for child in list(translation):
                translation.remove(child)
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            text = NL.get(source) if dutch else source
            if text is None:
                missing.append(source)
                continue
            translation.text = text
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    missing = fill("translations/diptych_nl.ts", True) + fill("translations/diptych_en.ts", False)
    for source in missing:
        print("untranslated:", repr(source))
    sys.exit(1 if missing else 0)
