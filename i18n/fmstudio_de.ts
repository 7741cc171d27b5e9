<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fm</name>
    <message>
        <location filename="../core/project/clipimport.cpp" line="70"/>
        <location filename="../core/project/clipimport.cpp" line="85"/>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="73"/>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="79"/>
        <location filename="../core/project/clipimport.cpp" line="88"/>
        <source>Copying &quot;%1&quot; into the project failed (is the disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="112"/>
        <source>The folder &quot;%1&quot; could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="83"/>
        <source>Cross-validation needs at least 2 folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="85"/>
        <source>The validation share must be at least 0 and less than 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="88"/>
        <source>%1-fold cross-validation needs at least %1 subjects; the project has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="144"/>
        <source>A split needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="145"/>
        <source>The split &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="188"/>
        <source>There is no split named &quot;%1&quot; in this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="34"/>
        <source>Move onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="36"/>
        <source>Move apex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="40"/>
        <source>Move offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="20"/>
        <source>The clip no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectexport.cpp" line="159"/>
        <source>&quot;%1&quot; could not be written (is the folder writable and the disk not full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="156"/>
        <location filename="../core/synth/sourcefaces.cpp" line="87"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="195"/>
        <source>The ground truth for &quot;%1&quot; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="65"/>
        <source>Demo subject animated from %1 (face-api demo photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="118"/>
        <source>&quot;%1&quot; already holds a project; choose a new folder for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="153"/>
        <source>Importing clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="160"/>
        <source>Cancelled while importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="162"/>
        <source>%1 generated clips could not be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="226"/>
        <location filename="../core/synth/demoproject.cpp" line="239"/>
        <source>Analysing clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="234"/>
        <source>Cancelled while analysing: the project is usable, %1 of %2 clips have automatic onsets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="42"/>
        <source>too small (eye distance %1 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="47"/>
        <source>turned sideways (nose %1 IOD off the midline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="51"/>
        <source>turned sideways (jaw halves %1:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="54"/>
        <source>implausible landmarks (mouth %1 IOD below the eyes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="58"/>
        <source>head tilted %1°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="81"/>
        <source>No photos were given to take faces from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="91"/>
        <source>%1: not a readable image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="100"/>
        <source>not clearly a face (detector confidence %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="138"/>
        <source>not found again after reframing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::AboutDialog</name>
    <message>
        <location filename="../app/studio/aboutdialog.cpp" line="17"/>
        <source>About FaceMotion Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/aboutdialog.cpp" line="33"/>
        <source>&lt;h2&gt;FaceMotion Studio %1&lt;/h2&gt;&lt;p&gt;Facial-motion biometrics research: record, annotate, train and evaluate facial-motion embeddings.&lt;/p&gt;&lt;p&gt;Libraries loaded in this process:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Face models: face-api 1.7.15 (MIT) and dlib&apos;s 68-point predictor.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::AddItemCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="185"/>
        <source>Add subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="189"/>
        <source>Add motion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::AnnotatorPage</name>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="56"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="59"/>
        <source>Playback speed ([ and ])</source>
        <translation>Wiedergabegeschwindigkeit ([ und ])</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="60"/>
        <location filename="../app/studio/annotatorpage.cpp" line="564"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="62"/>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="63"/>
        <source>Choose a clip in the dataset tree (N: next pending clip)</source>
        <translation>Wählen Sie einen Clip im Datensatzbaum (N: nächster offener Clip)</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="148"/>
        <source>Analysis cancelled</source>
        <translation>Analyse abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="177"/>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="190"/>
        <source>Step %1 frames</source>
        <translation>%1 Bilder weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="193"/>
        <source>First frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="195"/>
        <source>Last frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="197"/>
        <source>Set onset here</source>
        <translation>Beginn hier setzen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="199"/>
        <source>Set apex here</source>
        <translation>Höhepunkt hier setzen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="201"/>
        <source>Set offset here</source>
        <translation>Ende hier setzen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="203"/>
        <source>Re-detect markers</source>
        <translation>Marken neu erkennen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="205"/>
        <source>Include and next</source>
        <translation>Aufnehmen und weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="207"/>
        <source>Exclude with last reason and next</source>
        <translation>Mit letztem Grund ausschließen und weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="216"/>
        <source>Exclude: %1</source>
        <translation>Ausschließen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="223"/>
        <source>Next pending clip</source>
        <translation>Nächster offener Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="225"/>
        <source>Previous pending clip</source>
        <translation>Vorheriger offener Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="227"/>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="229"/>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="231"/>
        <location filename="../app/studio/annotatorpage.cpp" line="233"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="235"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="238"/>
        <source>Show landmarks</source>
        <translation>Landmarken zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="239"/>
        <source>Show face box</source>
        <translation>Gesichtsrahmen zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="240"/>
        <source>Show aligned crop</source>
        <translation>Ausgerichteten Ausschnitt zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="286"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="292"/>
        <source>Loading frames...</source>
        <translation>Bilder werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="317"/>
        <location filename="../app/studio/annotatorpage.cpp" line="420"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="326"/>
        <source>%1 %p%</source>
        <translation>%1 %p%</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="327"/>
        <source>%1: frame %2 of %3</source>
        <translation>%1: Bild %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="363"/>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="394"/>
        <source>Face in %1 of %2 frames; FaceQA accepted %3.</source>
        <translation>Gesicht in %1 von %2 Bildern; FaceQA akzeptiert %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="423"/>
        <source>Decoding...</source>
        <translation>Wird dekodiert …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="429"/>
        <source>Analysing...</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="437"/>
        <source>No face in this frame</source>
        <translation>Kein Gesicht in diesem Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="446"/>
        <source>FaceQA: blurry or turned away</source>
        <translation>FaceQA: unscharf oder abgewandt</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="490"/>
        <source>%1 / %2 / repetition %3</source>
        <translation>%1 / %2 / Wiederholung %3</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="502"/>
        <source>%1 set at frame %2</source>
        <translation>%1 auf Bild %2 gesetzt</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="511"/>
        <source>Re-detect onset, apex and offset</source>
        <translation>Beginn, Höhepunkt und Ende neu erkennen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="548"/>
        <source>No more pending clips</source>
        <translation>Keine offenen Clips mehr</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="557"/>
        <source>No pending clip</source>
        <translation>Kein offener Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="573"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="579"/>
        <source>Playback speed %1</source>
        <translation>Wiedergabegeschwindigkeit %1</translation>
    </message>
</context>
<context>
    <name>fm::CapturePage</name>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="48"/>
        <source>No camera was found on this system. Use a video file as the camera source to try the whole recording flow.</source>
        <translation>Auf diesem System wurde keine Kamera gefunden. Verwenden Sie eine Videodatei als Kameraquelle, um den ganzen Aufnahmeablauf zu nutzen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/capturepage.cpp" line="50"/>
        <source>%n camera(s) found. Live camera capture comes in a later version; use a video file as the source for now.</source>
        <translation>
            <numerusform>%n Kamera gefunden. Live-Aufnahme von der Kamera folgt in einer späteren Version; verwenden Sie vorerst eine Videodatei als Quelle.</numerusform>
            <numerusform>%n Kameras gefunden. Live-Aufnahme von der Kamera folgt in einer späteren Version; verwenden Sie vorerst eine Videodatei als Quelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="53"/>
        <source>Use a video file as camera...</source>
        <translation>Videodatei als Kamera verwenden …</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="62"/>
        <location filename="../app/studio/capturepage.cpp" line="65"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="75"/>
        <source>Record (R)</source>
        <translation>Aufnehmen (R)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="76"/>
        <source>Re-take (Backspace)</source>
        <translation>Wiederholen (Rücktaste)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="77"/>
        <source>Keep (Enter)</source>
        <translation>Behalten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="78"/>
        <source>Next motion (M)</source>
        <translation>Nächste Bewegung (M)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="83"/>
        <source>Subject:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="84"/>
        <source>Motion:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="85"/>
        <source>Countdown:</source>
        <translation>Countdown:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="86"/>
        <source>Take length:</source>
        <translation>Aufnahmedauer:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="97"/>
        <source>Takes:</source>
        <translation>Aufnahmen:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="109"/>
        <source>No source: choose a video file to use as the camera</source>
        <translation>Keine Quelle: wählen Sie eine Videodatei als Kamera</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="129"/>
        <source>Video file as camera</source>
        <translation>Videodatei als Kamera</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="130"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="141"/>
        <location filename="../app/studio/capturepage.cpp" line="305"/>
        <source>Recording in %1...</source>
        <translation>Aufnahme in %1 …</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="152"/>
        <source>proposed onset %1, offset %2</source>
        <translation>vorgeschlagener Beginn %1, Ende %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="155"/>
        <source>no motion found</source>
        <translation>keine Bewegung gefunden</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="156"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="157"/>
        <source>Stored and analysed: %1</source>
        <translation>Gespeichert und analysiert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="198"/>
        <source>Source: %1x%2 at %3 fps. Press R to record.</source>
        <translation>Quelle: %1x%2 mit %3 Bildern/s. R startet die Aufnahme.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="215"/>
        <source>Camera source: video file %1</source>
        <translation>Kameraquelle: Videodatei %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="260"/>
        <source>Add a subject and a motion in the dataset tree first</source>
        <translation>Legen Sie zuerst im Datensatzbaum eine Person und eine Bewegung an</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="266"/>
        <source>Repetition %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="277"/>
        <source>Face found; sharpness %1 (%2); yaw %3° (%4)</source>
        <translation>Gesicht gefunden; Schärfe %1 (%2); Gierwinkel %3° (%4)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="279"/>
        <location filename="../app/studio/capturepage.cpp" line="281"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="279"/>
        <source>too blurry</source>
        <translation>zu unscharf</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="281"/>
        <source>turn to the camera</source>
        <translation>zur Kamera drehen</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="285"/>
        <source>No face found: fix the lighting and look at the camera</source>
        <translation>Kein Gesicht gefunden: Beleuchtung verbessern und in die Kamera schauen</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="295"/>
        <source>Choose a subject and a motion first</source>
        <translation>Wählen Sie zuerst Person und Bewegung</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="324"/>
        <source>Recording...</source>
        <translation>Aufnahme läuft …</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="336"/>
        <source>Take recorded (%1 frames). Enter keeps it, Backspace discards it.</source>
        <translation>Aufnahme fertig (%1 Bilder). Eingabe behält sie, Rücktaste verwirft sie.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="346"/>
        <source>Take discarded. Press R to record it again.</source>
        <translation>Aufnahme verworfen. R nimmt sie erneut auf.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="380"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="381"/>
        <source>same as an earlier take</source>
        <translation>gleich wie eine frühere Aufnahme</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="383"/>
        <source>The take was not stored: %1</source>
        <translation>Die Aufnahme wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="388"/>
        <source>Stored; analysing in the background...</source>
        <translation>Gespeichert; Analyse läuft im Hintergrund …</translation>
    </message>
</context>
<context>
    <name>fm::CaptureWorker</name>
    <message>
        <location filename="../app/studio/captureworker.cpp" line="93"/>
        <source>The video source stopped delivering frames: %1</source>
        <translation>Die Videoquelle liefert keine Bilder mehr: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/captureworker.cpp" line="100"/>
        <source>The take could not be written (disk full?); it was discarded. Earlier takes are untouched.</source>
        <translation>Die Aufnahme konnte nicht geschrieben werden (Datenträger voll?); sie wurde verworfen. Frühere Aufnahmen sind unberührt.</translation>
    </message>
</context>
<context>
    <name>fm::ClipAnalysis</name>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="200"/>
        <source>This is not a FaceMotion clip analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="204"/>
        <source>The clip analysis has format version %1; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="259"/>
        <source>The analysis could not be written to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="269"/>
        <source>The analysis &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="273"/>
        <source>The analysis &quot;%1&quot; is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ClipAnalyzer</name>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="113"/>
        <location filename="../core/motion/clipanalyzer.cpp" line="151"/>
        <source>The analysis of &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="119"/>
        <source>Frame %1 of &quot;%2&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="158"/>
        <source>The clip &quot;%1&quot; has no decodable frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="160"/>
        <source>The video claims %1 frames but only %2 could be decoded: the file may be truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="187"/>
        <source>No face was found in any frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="191"/>
        <source>No face in frame %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="192"/>
        <source>No face in frames %1-%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="197"/>
        <source>Most faces fail FaceQA (%1 of %2 blurry, %3 turned away).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ClipImporter</name>
    <message>
        <location filename="../core/project/clipimport.cpp" line="212"/>
        <source>Nothing to import: no files or folders were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="218"/>
        <source>&quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="262"/>
        <source>Same content as clip %1 (%2), already in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="345"/>
        <source>Repetition %1 of %2 / %3 already exists; stored as repetition %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ClipLoadWorker</name>
    <message>
        <location filename="../app/studio/cliploader.cpp" line="88"/>
        <source>Loading analysis</source>
        <translation>Analyse wird geladen</translation>
    </message>
    <message>
        <location filename="../app/studio/cliploader.cpp" line="97"/>
        <location filename="../app/studio/cliploader.cpp" line="106"/>
        <source>Analysing</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>fm::ClipReader</name>
    <message>
        <location filename="../core/video/clipreader.cpp" line="105"/>
        <source>The clip &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="114"/>
        <source>The folder &quot;%1&quot; contains no images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="118"/>
        <location filename="../core/video/clipreader.cpp" line="160"/>
        <source>The image &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="130"/>
        <source>The video &quot;%1&quot; could not be opened: the file is unreadable or not a video.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="142"/>
        <source>The video &quot;%1&quot; has no decodable frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="164"/>
        <source>The image &quot;%1&quot; is %2x%3 pixels; the sequence is %4x%5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ClipTableModel</name>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="179"/>
        <source>Subject</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="181"/>
        <source>Motion</source>
        <translation type="unfinished">Bewegung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="183"/>
        <source>Repetition</source>
        <translation type="unfinished">Wiederholung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="185"/>
        <source>Frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="187"/>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="189"/>
        <source>Apex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="191"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="193"/>
        <source>Review</source>
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="195"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="197"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="199"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="243"/>
        <source>&quot;%1&quot; is not a frame number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="254"/>
        <source>Unknown review status &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="264"/>
        <source>Unknown exclusion reason &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ClipWriter</name>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="55"/>
        <source>Cannot write &quot;%1&quot;: invalid frame size or frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="58"/>
        <source>The folder for &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="74"/>
        <source>The video &quot;%1&quot; could not be created (no encoder for this format, or the folder is not writable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="85"/>
        <source>The video is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="89"/>
        <source>Empty frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="109"/>
        <source>Writing &quot;%1&quot; failed (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="113"/>
        <source>No frames were written to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="118"/>
        <source>The video could not be moved to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ComparePage</name>
    <message>
        <location filename="../app/studio/comparepage.cpp" line="27"/>
        <source>Motion:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <location filename="../app/studio/comparepage.cpp" line="34"/>
        <source>Choose a repetition</source>
        <translation>Wählen Sie eine Wiederholung</translation>
    </message>
    <message>
        <location filename="../app/studio/comparepage.cpp" line="119"/>
        <source>Repetition %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <location filename="../app/studio/comparepage.cpp" line="150"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/comparepage.cpp" line="220"/>
        <source>(outside this clip)</source>
        <translation>(außerhalb dieses Clips)</translation>
    </message>
    <message>
        <location filename="../app/studio/comparepage.cpp" line="222"/>
        <source>%1 frames from the onsets (frame %2 | frame %3); onsets %4 | %5</source>
        <translation>%1 Bilder ab Beginn (Bild %2 | Bild %3); Beginn bei %4 | %5</translation>
    </message>
</context>
<context>
    <name>fm::CompletenessModel</name>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="323"/>
        <source>(no motions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="347"/>
        <source>Subject</source>
        <translation type="unfinished">Person</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="349"/>
        <source>Motion</source>
        <translation type="unfinished">Bewegung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="351"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="353"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="355"/>
        <source>Included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="357"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="359"/>
        <source>Excluded</source>
        <translation type="unfinished">Ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="361"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="383"/>
        <source>The target must be a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ContentHash</name>
    <message>
        <location filename="../core/common/contenthash.cpp" line="33"/>
        <location filename="../core/common/contenthash.cpp" line="38"/>
        <source>&quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::DatasetTree</name>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="41"/>
        <source>FM</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="43"/>
        <source>LM</source>
        <translation>LB</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="45"/>
        <source>compound</source>
        <translation>zusammengesetzt</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="56"/>
        <source>Search subject or motion</source>
        <translation>Person oder Bewegung suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="59"/>
        <source>All clips</source>
        <translation>Alle Clips</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="60"/>
        <source>Pending review</source>
        <translation>Prüfung offen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="61"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="62"/>
        <source>Missing annotation</source>
        <translation>Annotation fehlt</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="63"/>
        <source>Not analysed</source>
        <translation>Nicht analysiert</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="65"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="65"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="140"/>
        <source>Repetition %1</source>
        <translation>Wiederholung %1</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="175"/>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="179"/>
        <source>included</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="183"/>
        <source>excluded: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="188"/>
        <source>, no onset/offset</source>
        <translation>, ohne Beginn/Ende</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="204"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="206"/>
        <source>%1/%2 included</source>
        <translation>%1/%2 aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="321"/>
        <source>Add subject...</source>
        <translation>Person hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="322"/>
        <source>Add subject</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="322"/>
        <location filename="../app/studio/datasettree.cpp" line="343"/>
        <source>Subject code:</source>
        <translation>Personenkürzel:</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="331"/>
        <source>Add motion...</source>
        <translation>Bewegung hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="332"/>
        <source>Add motion</source>
        <translation>Bewegung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="332"/>
        <location filename="../app/studio/datasettree.cpp" line="353"/>
        <source>Motion name:</source>
        <translation>Name der Bewegung:</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="341"/>
        <source>Rename subject...</source>
        <translation>Person umbenennen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="342"/>
        <source>Rename subject</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="348"/>
        <source>Delete subject</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="351"/>
        <source>Rename motion...</source>
        <translation>Bewegung umbenennen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="352"/>
        <source>Rename motion</source>
        <translation>Bewegung umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="358"/>
        <source>Delete motion</source>
        <translation>Bewegung löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="361"/>
        <source>Move to motion</source>
        <translation>Zu Bewegung verschieben</translation>
    </message>
</context>
<context>
    <name>fm::DeleteItemCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="216"/>
        <source>Delete subject %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="217"/>
        <source>Delete motion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::DemoGenerator</name>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="295"/>
        <source>Finding faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="308"/>
        <source>%1 usable faces in %2 photos; %3 used as subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="313"/>
        <source>Only %1 usable faces were found; %2 were asked for. No identities were invented.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="318"/>
        <source>The papers&apos; dataset has 59 subjects; these photos give %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="321"/>
        <source>Not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="323"/>
        <source>No usable face was found in the %1 photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="406"/>
        <location filename="../core/synth/demogenerator.cpp" line="417"/>
        <source>Rendering clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="413"/>
        <source>Cancelled: %1 of %2 clips were written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="415"/>
        <source>Generating the demo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="460"/>
        <source>The demo manifest could not be written to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::DlibFaceFinder</name>
    <message>
        <location filename="../core/face/dlibfacefinder.cpp" line="39"/>
        <source>The landmark model &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/face/dlibfacefinder.cpp" line="47"/>
        <source>The landmark model &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/face/dlibfacefinder.cpp" line="53"/>
        <source>The landmark model &quot;%1&quot; has %2 points, not 68.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::FacialAction</name>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="123"/>
        <source>Brow raise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="124"/>
        <source>Brow lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="125"/>
        <source>Wink left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="126"/>
        <source>Wink right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="127"/>
        <source>Blink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="128"/>
        <source>Eye squeeze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="129"/>
        <source>Smile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="130"/>
        <source>Smile left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="131"/>
        <source>Smile right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="132"/>
        <source>Lip corner depressor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="133"/>
        <source>Pucker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="134"/>
        <source>Lip press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="135"/>
        <source>Mouth open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="136"/>
        <source>Lip stretch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="137"/>
        <source>Pout left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="138"/>
        <source>Pout right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="139"/>
        <source>Nose wrinkle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ImportDialog</name>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="33"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="34"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="40"/>
        <source>Import clips</source>
        <translation>Clips importieren</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="45"/>
        <source>Add &amp;files...</source>
        <translation>&amp;Dateien hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="46"/>
        <source>Add f&amp;older...</source>
        <translation>&amp;Ordner hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="47"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="58"/>
        <source>Tokens: {subject}, {motion}, {rep}; * matches any text in one path part. Examples: {subject}_{motion}_{rep}.* or {subject}/{motion}/rep{rep}.*</source>
        <translation>Platzhalter: {subject}, {motion}, {rep}; * passt auf beliebigen Text in einem Pfadteil. Beispiele: {subject}_{motion}_{rep}.* oder {subject}/{motion}/rep{rep}.*</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="61"/>
        <source>Copy into the project</source>
        <translation>In das Projekt kopieren</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="62"/>
        <source>Reference where they are</source>
        <translation>Am Ort belassen (verweisen)</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="63"/>
        <source>Facial motion (FM)</source>
        <translation>Gesichtsbewegung (GB)</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="64"/>
        <source>Lip movement (LM)</source>
        <translation>Lippenbewegung (LB)</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="65"/>
        <source>Compound</source>
        <translation>Zusammengesetzt</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="69"/>
        <source>Naming pattern:</source>
        <translation>Namensmuster:</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="70"/>
        <source>Files:</source>
        <translation>Dateien:</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="71"/>
        <source>Kind of new motions:</source>
        <translation>Art neuer Bewegungen:</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="72"/>
        <source>Target repetitions:</source>
        <translation>Ziel-Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="77"/>
        <source>Clip</source>
        <translation>Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="77"/>
        <source>Subject</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="77"/>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="77"/>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="77"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="97"/>
        <source>Files and folders to import:</source>
        <translation>Zu importierende Dateien und Ordner:</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="119"/>
        <source>Add clips</source>
        <translation>Clips hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="120"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="124"/>
        <source>Add folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="140"/>
        <source>Add the files or folders to import.</source>
        <translation>Fügen Sie die zu importierenden Dateien oder Ordner hinzu.</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="225"/>
        <source>repetition already in the project: the next free one is used</source>
        <translation>Wiederholung schon im Projekt: die nächste freie wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="227"/>
        <source>same subject, motion and repetition as another clip</source>
        <translation>gleiche Person, Bewegung und Wiederholung wie ein anderer Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="231"/>
        <source>next free</source>
        <translation>nächste freie</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="243"/>
        <source>does not match the pattern: skipped</source>
        <translation>passt nicht zum Muster: übersprungen</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="248"/>
        <source>%1 clip(s) to import, %2 with warnings; %3 not matching the pattern; %4 other file(s) ignored. Duplicates (same content as a clip in the project) and unreadable files are skipped and listed after the import.</source>
        <translation>%1 Clip(s) zu importieren, %2 mit Warnungen; %3 passen nicht zum Muster; %4 andere Datei(en) ignoriert. Duplikate (gleicher Inhalt wie ein Clip im Projekt) und unlesbare Dateien werden übersprungen und nach dem Import aufgelistet.</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="297"/>
        <source>Cancelling after the clip in progress...</source>
        <translation>Abbruch nach dem laufenden Clip …</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="305"/>
        <source>%1 of %2: %3</source>
        <translation>%1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="313"/>
        <source>Cancelled: %1 clip(s) imported before the cancel.</source>
        <translation>Abgebrochen: %1 Clip(s) vor dem Abbruch importiert.</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="314"/>
        <source>%1 clip(s) imported.</source>
        <translation>%1 Clip(s) importiert.</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="316"/>
        <source>Duplicate, skipped: %1 (%2)</source>
        <translation>Duplikat, übersprungen: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="318"/>
        <source>Not imported: %1 (%2)</source>
        <translation>Nicht importiert: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/importdialog.cpp" line="320"/>
        <source>Renumbered: %1 (%2)</source>
        <translation>Neu nummeriert: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>fm::ImportPattern</name>
    <message>
        <location filename="../core/project/clipimport.cpp" line="139"/>
        <source>The naming pattern &quot;%1&quot; must contain {subject} and {motion} (and usually {rep}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="143"/>
        <source>The naming pattern &quot;%1&quot; must not start or end with &quot;/&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="157"/>
        <source>The naming pattern uses %1 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="170"/>
        <source>Unknown token in the naming pattern &quot;%1&quot;; use {subject}, {motion} and {rep}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::LandmarkPredictor</name>
    <message>
        <location filename="../core/face/landmarkpredictor.cpp" line="44"/>
        <source>The landmark model &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/face/landmarkpredictor.cpp" line="53"/>
        <source>The landmark model &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/face/landmarkpredictor.cpp" line="59"/>
        <source>The landmark model &quot;%1&quot; has %2 points, not 68.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::MainWindow</name>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="35"/>
        <location filename="../app/studio/mainwindow.cpp" line="210"/>
        <source>FaceMotion Studio</source>
        <translation>FaceMotion Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="40"/>
        <source>A project holds the subjects, their facial motions and ten repetitions of each. Project folders are private to your user account: face videos are biometric data.</source>
        <translation>Ein Projekt enthält die Personen, ihre Gesichtsbewegungen und je zehn Wiederholungen. Projektordner sind nur für Ihr Benutzerkonto lesbar: Gesichtsvideos sind biometrische Daten.</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="70"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="76"/>
        <source>&amp;Import clips...</source>
        <translation>Clips &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="78"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="80"/>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="89"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="95"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="97"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="100"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="109"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="111"/>
        <source>&amp;About FaceMotion Studio</source>
        <translation>&amp;Über FaceMotion Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="115"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="123"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="134"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="152"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotieren</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="156"/>
        <source>&amp;Record</source>
        <translation>Au&amp;fnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="159"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="161"/>
        <source>Edit not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="164"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="166"/>
        <source>all changes</source>
        <translation>alle Änderungen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="175"/>
        <source>The project was updated to the current format; a backup was kept at %1</source>
        <translation>Das Projekt wurde auf das aktuelle Format gebracht; eine Sicherung liegt unter %1</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="213"/>
        <source>%1 - FaceMotion Studio</source>
        <translation>%1 – FaceMotion Studio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/mainwindow.cpp" line="223"/>
        <source>%n clip(s) imported</source>
        <translation>
            <numerusform>%n Clip importiert</numerusform>
            <numerusform>%n Clips importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="39"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="55"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>fm::ModelLocator</name>
    <message>
        <location filename="../core/common/modellocator.cpp" line="63"/>
        <source>Run &quot;./fm setup&quot; in the FaceMotion Studio source folder (or install the facemotion-studio package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="76"/>
        <source>The model file &quot;%1&quot; was not found. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="79"/>
        <location filename="../core/common/modellocator.cpp" line="101"/>
        <location filename="../core/common/modellocator.cpp" line="120"/>
        <source>Searched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="96"/>
        <source>dlib&apos;s 68-point landmark model &quot;%1&quot; was not found. Install it with &quot;sudo apt-get install libdlib-data&quot; or run &quot;./fm setup&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="117"/>
        <source>The face-api demo photos were not found. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::MotionSpec</name>
    <message>
        <location filename="../core/synth/motionscript.cpp" line="94"/>
        <source>%1, then %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/synth/motionscript.cpp" line="114"/>
        <source>Mouthing &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::MotionSpotter</name>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="184"/>
        <source>No frame has a face: motion cannot be spotted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="185"/>
        <source>Only %1 frame(s) have a face: too few to spot motion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="314"/>
        <source>No facial motion: the landmarks stay within their noise (peak %1, noise %2 inter-ocular distances).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="391"/>
        <source>Motion from frame %1 to %2 (apex %3), mostly %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="397"/>
        <source>It starts with the clip: no rest before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="399"/>
        <source>It lasts to the end: no rest after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::MoveClipCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="155"/>
        <source>Move clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::OverlayRenderer</name>
    <message>
        <location filename="../core/motion/overlayrenderer.cpp" line="184"/>
        <source>Rendering the overlay &quot;%1&quot; was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/overlayrenderer.cpp" line="188"/>
        <source>Frame %1 of &quot;%2&quot; could not be read again for the overlay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/motion/overlayrenderer.cpp" line="196"/>
        <source>The overlay &quot;%1&quot; could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::PrivateDir</name>
    <message>
        <location filename="../core/common/privatedir.cpp" line="16"/>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/privatedir.cpp" line="21"/>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/privatedir.cpp" line="25"/>
        <source>The folder &quot;%1&quot; could not be made private.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::Project</name>
    <message>
        <location filename="../core/project/project.cpp" line="93"/>
        <source>No folder was given for the new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="96"/>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="98"/>
        <source>&quot;%1&quot; already holds a project; open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="101"/>
        <source>The folder &quot;%1&quot; is not empty; choose an empty or new folder for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="118"/>
        <source>The project folder &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="120"/>
        <source>&quot;%1&quot; is not a FaceMotion project (it has no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="161"/>
        <source>The project is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="189"/>
        <location filename="../core/project/project.cpp" line="382"/>
        <source>The clip no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="194"/>
        <source>&quot;%1&quot; is not the same recording as clip %2 (its content differs); it was not linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="263"/>
        <source>&quot;%1&quot; could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ProjectDatabase</name>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="117"/>
        <source>There is no project database at &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="132"/>
        <source>The project database &quot;%1&quot; could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="145"/>
        <source>The project database &quot;%1&quot; cannot use write-ahead logging (is the folder read-only or on a network drive?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="188"/>
        <source>The schema version could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="205"/>
        <source>Unknown project schema version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="207"/>
        <source>The database &quot;%1&quot; is not empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="211"/>
        <source>The project tables could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="224"/>
        <source>Updating the project from schema %1 to %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="257"/>
        <source>This project was saved by a newer FaceMotion Studio (project format %1; this program reads formats up to %2). Update FaceMotion Studio to open it; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="264"/>
        <source>&quot;%1&quot; is not a FaceMotion project database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="283"/>
        <source>The backup copy &quot;%1&quot; could not be written before updating the project; the project was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="307"/>
        <source>The project could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="315"/>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="342"/>
        <source>Another program (the studio or an fmstudio-cli job such as an import) is writing to this project right now. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="346"/>
        <source>The disk holding the project is full. Free some space and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="350"/>
        <source>The project is read-only: its folder or database file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="353"/>
        <source>The database file cannot be opened: the folder is missing, not accessible or read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="357"/>
        <source>The disk reported an error while reading or writing the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="361"/>
        <source>The file is damaged or is not a FaceMotion project database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="364"/>
        <source>The change was refused by a rule of the project (a duplicate name, repetition or clip, or a missing value).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ProjectEditor</name>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="37"/>
        <location filename="../core/project/projecteditor.cpp" line="53"/>
        <source>A subject needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="39"/>
        <location filename="../core/project/projecteditor.cpp" line="56"/>
        <source>A subject with the code &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="51"/>
        <location filename="../core/project/projecteditor.cpp" line="67"/>
        <location filename="../core/project/projecteditor.cpp" line="76"/>
        <location filename="../core/project/projecteditor.cpp" line="86"/>
        <location filename="../core/project/projecteditor.cpp" line="109"/>
        <source>The subject no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="84"/>
        <location filename="../core/project/projecteditor.cpp" line="107"/>
        <source>A motion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="88"/>
        <source>A lip movement needs the word that is mouthed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="91"/>
        <source>A compound motion needs its two motions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="93"/>
        <location filename="../core/project/projecteditor.cpp" line="113"/>
        <source>This subject already has a motion &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="105"/>
        <location filename="../core/project/projecteditor.cpp" line="123"/>
        <location filename="../core/project/projecteditor.cpp" line="132"/>
        <location filename="../core/project/projecteditor.cpp" line="143"/>
        <source>The motion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="115"/>
        <source>The target number of repetitions cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="145"/>
        <source>Repetitions are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="151"/>
        <source>Repetition %1 of this motion already has a clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="170"/>
        <source>Frame %1 is outside the clip (frames 0 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="184"/>
        <source>The markers must stay in order: onset, then apex, then offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="195"/>
        <source>Choose why the clip is excluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="198"/>
        <source>Describe the reason in the note when excluding for &quot;Other&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::RecentProjects</name>
    <message>
        <location filename="../core/project/recentprojects.cpp" line="43"/>
        <source>The list of recent projects &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/recentprojects.cpp" line="48"/>
        <source>The list of recent projects &quot;%1&quot; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/recentprojects.cpp" line="103"/>
        <source>The list of recent projects &quot;%1&quot; could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::RelinkClipCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="170"/>
        <source>Relink clip</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::Review</name>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="95"/>
        <source>Tongue movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="97"/>
        <source>Micro-expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="99"/>
        <source>No or partial face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="101"/>
        <source>Wrong motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="103"/>
        <source>Bad quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="105"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::ReviewPanel</name>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="20"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (auto %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (auto. %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="21"/>
        <source>%1 (auto)</source>
        <translation>%1 (auto.)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="54"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="56"/>
        <source>Note (Enter saves)</source>
        <translation>Notiz (Eingabe speichert)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="64"/>
        <source>Re-detect (R)</source>
        <translation>Neu erkennen (R)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="65"/>
        <source>Drop the reviewed markers and use the automatic onset, apex and offset again</source>
        <translation>Geprüfte Marken verwerfen und wieder den automatischen Beginn, Höhepunkt und das Ende verwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="70"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="73"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="74"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="76"/>
        <source>Include</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="77"/>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="78"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="84"/>
        <source>Include &amp;&amp; next (Y)</source>
        <translation>Aufnehmen &amp;&amp; weiter (Y)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="86"/>
        <source>Exclude &amp;&amp; next (X)</source>
        <translation>Ausschließen &amp;&amp; weiter (X)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="94"/>
        <source>Previous pending (P)</source>
        <translation>Vorheriger offener (P)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="95"/>
        <source>Next pending (N)</source>
        <translation>Nächster offener (N)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="124"/>
        <source>Onset: %1&lt;br&gt;Apex: %2&lt;br&gt;Offset: %3</source>
        <translation>Beginn: %1&lt;br&gt;Höhepunkt: %2&lt;br&gt;Ende: %3</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="129"/>
        <source>Status: pending</source>
        <translation>Status: offen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="132"/>
        <source>Status: included</source>
        <translation>Status: aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="135"/>
        <source>Status: excluded (%1)</source>
        <translation>Status: ausgeschlossen (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="140"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="149"/>
        <source>No clip selected</source>
        <translation>Kein Clip ausgewählt</translation>
    </message>
</context>
<context>
    <name>fm::SetReviewCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="100"/>
        <source>Exclude clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="101"/>
        <source>Include clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="102"/>
        <source>Reset review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::StartPage</name>
    <message>
        <location filename="../app/studio/startpage.cpp" line="25"/>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="26"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="27"/>
        <source>&amp;New project...</source>
        <translation>&amp;Neues Projekt …</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="28"/>
        <source>&amp;Open project...</source>
        <translation>Projekt ö&amp;ffnen …</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="29"/>
        <source>Open &amp;demo project</source>
        <translation>&amp;Demoprojekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="95"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="103"/>
        <source>The folder no longer holds a project</source>
        <translation>Der Ordner enthält kein Projekt mehr</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="113"/>
        <source>New project: choose an empty folder</source>
        <translation>Neues Projekt: leeren Ordner wählen</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="121"/>
        <source>Open project folder</source>
        <translation>Projektordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="138"/>
        <source>Generating the demo project...</source>
        <translation>Demoprojekt wird erzeugt …</translation>
    </message>
    <message>
        <location filename="../app/studio/startpage.cpp" line="182"/>
        <source>The demo project was not made</source>
        <translation>Das Demoprojekt wurde nicht erstellt</translation>
    </message>
</context>
<context>
    <name>fm::UpdateMotionCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="139"/>
        <source>Rename motion %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="140"/>
        <source>Edit motion %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::UpdateSubjectCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="122"/>
        <source>Rename subject %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="123"/>
        <source>Edit subject %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::cli</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="72"/>
        <source>%1/%2 clips, %3 frames/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="82"/>
        <source>The results could not be written to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="91"/>
        <location filename="../app/cli/projectcommand.cpp" line="320"/>
        <source>FAILED:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="98"/>
        <source>%1 frames, %2x%3, %4 fps, %5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="106"/>
        <source>face in %1 of %2 frames; FaceQA accepted %3 (median sharpness %4, median |yaw| %5 deg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="116"/>
        <source>motion: onset %1, apex %2, offset %3 (confidence %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="124"/>
        <source>motion: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="127"/>
        <source>warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="129"/>
        <source>overlay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="131"/>
        <source>overlay FAILED:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="140"/>
        <source>Finds the face in every frame, its 68 landmarks, aligned crops, FaceQA (sharpness, head pose) and the motion&apos;s onset, apex and offset. CLIP is a video file or a folder of numbered images.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="144"/>
        <source>Video files or image folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="148"/>
        <source>Write the results as JSON: one clip -&gt; OUT; several -&gt; one document with all clips, or one OUT/&lt;name&gt;.analysis.json each when OUT is a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="150"/>
        <location filename="../app/cli/analyzecommand.cpp" line="155"/>
        <source>OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="153"/>
        <source>Write an annotated video (landmarks, box, QA, onset/offset): one clip -&gt; OUT; several -&gt; OUT is a folder receiving &lt;name&gt;_overlay.mp4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="157"/>
        <source>Clips analysed in parallel (default: CPU cores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="158"/>
        <location filename="../app/cli/projectcommand.cpp" line="252"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="160"/>
        <source>Frame rate of image-sequence folders (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="161"/>
        <source>FPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="163"/>
        <source>FaceQA sharpness threshold (default 3.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="163"/>
        <location filename="../app/cli/projectcommand.cpp" line="389"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="178"/>
        <source>No clip given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="186"/>
        <location filename="../app/cli/projectcommand.cpp" line="273"/>
        <source>--fps needs a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="192"/>
        <source>--min-sharpness needs a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="200"/>
        <source>--jobs needs a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="298"/>
        <source>analysed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="367"/>
        <location filename="../app/cli/doctorcommand.cpp" line="175"/>
        <source>Results written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="32"/>
        <source>Make a demo project from real face photos animated into labelled motion clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="36"/>
        <source>Check libraries, models and face finding; write a report (--out DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="40"/>
        <source>Faces, landmarks, FaceQA and motion onset/offset of clips (--json OUT, --overlay OUT.mp4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="44"/>
        <source>Create, inspect, import into, export and split a project (project --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="53"/>
        <source>Usage: fmstudio-cli [--help | --version] COMMAND [ARGS...]

FaceMotion Studio without a display: analysis, training and evaluation jobs.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="59"/>
        <source>
Run &quot;fmstudio-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="89"/>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="61"/>
        <source>No usable face in the photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="70"/>
        <source>subject %1 of %2 measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="72"/>
        <source>Correlation of intended and measured landmark displacement (dlib, %1 subjects)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="75"/>
        <source>action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="97"/>
        <source>%1 of %2 actions have a mean correlation below 0.8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="111"/>
        <source>Makes a demo project: real face photos animated into labelled facial-motion clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="114"/>
        <source>Folder of the demo project (not with --check).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="116"/>
        <source>small (8 subjects x 5 motions x 10) or full (every usable face x 10 motions x 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="119"/>
        <source>Random seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="122"/>
        <source>Folder of face photos (default: face-api&apos;s demo photos).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="124"/>
        <source>At most this many subjects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="126"/>
        <source>Rendering threads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="129"/>
        <source>Instead of generating: render every action on the first subjects and report how well dlib&apos;s landmarks see it (correlation of intended and measured displacement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="133"/>
        <source>Only render the clips and their ground truth into PROJECT; no project database, no analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="149"/>
        <source>Give exactly one PROJECT folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="155"/>
        <source>--size must be small or full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="163"/>
        <source>--seed must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="169"/>
        <source>No photos (jpg, png) in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="197"/>
        <source>%1 subjects, %2 motions, %3 clips (%4 frames) in %5 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="204"/>
        <location filename="../app/cli/democommand.cpp" line="245"/>
        <source>Ground truth: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="219"/>
        <source>%1 subjects, %2 motions, %3 clips (%4 frames).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="225"/>
        <source>Generated in %1 s, imported in %2 s, analysed in %3 s (%4 clips, %5 failed); total %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="234"/>
        <source>Automatic onset/offset against the ground truth (%1 clips without hard cases, %2 without a found motion): onset error median %3, p90 %4 frames; offset error median %5, p90 %6 frames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="244"/>
        <source>Demo project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="56"/>
        <location filename="../app/cli/doctorcommand.cpp" line="67"/>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="61"/>
        <location filename="../app/cli/doctorcommand.cpp" line="70"/>
        <source>MISSING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="99"/>
        <source>unreadable photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="110"/>
        <source>%1 face(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="121"/>
        <source>Checks libraries, models and face finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="124"/>
        <source>Folder for report.json and the annotated photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="125"/>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="144"/>
        <source>Libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="149"/>
        <source>Tensor check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="149"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="149"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="150"/>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="152"/>
        <source>Faces in the demo photos:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="169"/>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="174"/>
        <source>All checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="174"/>
        <source>Some checks FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="49"/>
        <source>Run &quot;fmstudio-cli project --help&quot; for the actions and options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="56"/>
        <source>Usage: fmstudio-cli project ACTION PROJECT [OPTIONS] [ARGS]

Actions:
  create PROJECT               create an empty project folder
  info PROJECT [--json]        format, counts, completeness, missing files
  import PROJECT SOURCES...    import videos / image-sequence folders
      --pattern P   naming pattern (default {subject}_{motion}_{rep}.*;
                    e.g. {subject}/{motion}/{rep}.mp4)
      --reference   keep files where they are (default: copy into media/)
      --dry-run     show the mapping, write nothing
      --kind K      facial-motion | lip-movement | compound (new motions)
      --target N    target repetitions of new motions (default 10)
  export PROJECT [--csv F] [--json F] [--manifest F [--split NAME]
                 [--exclude-pending] [--include-excluded]]
  split PROJECT [--folds 10] [--seed 1] [--validation 0.2] [--name default]
                [--exclude-pending] [--include-excluded]
  relink PROJECT FOLDER         find moved clips under FOLDER (by content)
  clean PROJECT [--min-age 10]  delete media files no clip uses (minutes old)

Exit codes: 0 ok, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="98"/>
        <source>&quot;project %1&quot; needs a project folder%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="99"/>
        <source> and more arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="114"/>
        <source>Created project %1 (format %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="126"/>
        <source>The project was updated to format %1; a backup of the old database is at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="138"/>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="179"/>
        <source>Project %1 (format %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="180"/>
        <source>%1 subjects, %2 motions (%3 complete), %4 clips: %5 included, %6 pending, %7 excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="192"/>
        <source>(no motions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="196"/>
        <source>%1 of %2 included, %3 pending, %4 excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="202"/>
        <source>[%1 missing]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="206"/>
        <source>MISSING clip %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="209"/>
        <source>%1 files in media/ belong to no clip (&quot;fmstudio-cli project clean&quot; removes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="221"/>
        <source>Only files older than this many minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="221"/>
        <source>MINUTES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="230"/>
        <source>--min-age needs a whole number of minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="237"/>
        <source>Removed %1 files that belonged to no clip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="245"/>
        <source>Naming pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="245"/>
        <source>P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="248"/>
        <source>Reference files instead of copying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="249"/>
        <source>Show the mapping only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="250"/>
        <source>Kind of new motions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="250"/>
        <location filename="../app/cli/projectcommand.cpp" line="387"/>
        <source>K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="252"/>
        <source>Target repetitions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="254"/>
        <source>Image-sequence frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="254"/>
        <location filename="../app/cli/projectcommand.cpp" line="338"/>
        <location filename="../app/cli/projectcommand.cpp" line="339"/>
        <location filename="../app/cli/projectcommand.cpp" line="340"/>
        <location filename="../app/cli/projectcommand.cpp" line="391"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="265"/>
        <source>Unknown motion kind &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="270"/>
        <source>--target needs a whole number of 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="277"/>
        <source>&quot;%1&quot; is not a FaceMotion project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="281"/>
        <source>%1 clips match the pattern %2; %3 do not; %4 other files ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="288"/>
        <source>no match:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="292"/>
        <source>next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="310"/>
        <source>Imported %1 clips; %2 duplicates skipped; %3 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="316"/>
        <source>duplicate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="318"/>
        <source>renumbered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="322"/>
        <source>Import interrupted; every clip imported so far is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="338"/>
        <source>CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="339"/>
        <source>JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="340"/>
        <source>Manifest file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="341"/>
        <source>Stored split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="341"/>
        <location filename="../app/cli/projectcommand.cpp" line="392"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="344"/>
        <location filename="../app/cli/projectcommand.cpp" line="396"/>
        <source>Only included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="345"/>
        <location filename="../app/cli/projectcommand.cpp" line="397"/>
        <source>Also excluded clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="350"/>
        <source>Give at least one of --csv, --json, --manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="358"/>
        <location filename="../app/cli/projectcommand.cpp" line="363"/>
        <location filename="../app/cli/projectcommand.cpp" line="378"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="387"/>
        <source>Folds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="389"/>
        <source>Seed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="390"/>
        <source>Validation share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="392"/>
        <source>Split name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="407"/>
        <source>--folds, --seed and --validation need numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="418"/>
        <source>Split &quot;%1&quot;: %2 folds (seed %3), clips per fold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="425"/>
        <source>Fixed split: %1 training clips, %2 validation clips (%3 subjects).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="431"/>
        <source>unusable for positive pairs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="432"/>
        <source>(%1 usable clips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="451"/>
        <source>Relinked %1 clips; %2 still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="485"/>
        <source>Unknown project action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fm::main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="21"/>
        <source>FaceMotion Studio: record, annotate and review facial-motion clips.</source>
        <translation>FaceMotion Studio: Gesichtsbewegungs-Clips aufnehmen, annotieren und prüfen.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="27"/>
        <source>Open the project in folder DIR.</source>
        <translation>Das Projekt im Ordner DIR öffnen.</translation>
    </message>
</context>
<context>
    <name>fm::store</name>
    <message>
        <location filename="../core/project/projectstore.cpp" line="319"/>
        <location filename="../core/project/projectstore.cpp" line="337"/>
        <source>A subject needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="328"/>
        <source>The subject &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="345"/>
        <source>The subject &quot;%1&quot; could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="352"/>
        <source>The subject could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="358"/>
        <location filename="../core/project/projectstore.cpp" line="381"/>
        <source>A motion needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="372"/>
        <source>The motion &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="394"/>
        <source>The motion &quot;%1&quot; could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="401"/>
        <source>The motion could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="425"/>
        <source>The clip &quot;%1&quot; could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="442"/>
        <source>The clip could not be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="454"/>
        <source>The clip&apos;s file could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="477"/>
        <source>The annotation could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="490"/>
        <source>The review could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="516"/>
        <source>The subject no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="536"/>
        <source>The motion no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="573"/>
        <source>The split could not be restored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
