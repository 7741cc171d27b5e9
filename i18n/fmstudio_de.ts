<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>fm</name>
    <message>
        <location filename="../core/project/clipimport.cpp" line="70"/>
        <location filename="../core/project/clipimport.cpp" line="85"/>
        <source>&quot;%1&quot; could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="73"/>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="79"/>
        <location filename="../core/project/clipimport.cpp" line="88"/>
        <source>Copying &quot;%1&quot; into the project failed (is the disk full?): %2</source>
        <translation>Das Kopieren von „%1“ in das Projekt ist fehlgeschlagen (ist der Datenträger voll?): %2</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="112"/>
        <source>The folder &quot;%1&quot; could not be moved into place.</source>
        <translation>Der Ordner „%1“ konnte nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="83"/>
        <source>Cross-validation needs at least 2 folds.</source>
        <translation>Eine Kreuzvalidierung braucht mindestens 2 Folds.</translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="85"/>
        <source>The validation share must be at least 0 and less than 1.</source>
        <translation>Der Validierungsanteil muss mindestens 0 und kleiner als 1 sein.</translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="88"/>
        <source>%1-fold cross-validation needs at least %1 subjects; the project has %2.</source>
        <translation>Eine %1-fache Kreuzvalidierung braucht mindestens %1 Personen; das Projekt hat %2.</translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="144"/>
        <source>A split needs a name.</source>
        <translation>Eine Aufteilung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="145"/>
        <source>The split &quot;%1&quot; could not be saved.</source>
        <translation>Die Aufteilung „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/datasetsplit.cpp" line="188"/>
        <source>There is no split named &quot;%1&quot; in this project.</source>
        <translation>Dieses Projekt hat keine Aufteilung namens „%1“.</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="34"/>
        <source>Move onset</source>
        <translation>Beginn verschieben</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="36"/>
        <source>Move apex</source>
        <translation>Höhepunkt verschieben</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="40"/>
        <source>Move offset</source>
        <translation>Ende verschieben</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="20"/>
        <source>The clip no longer exists.</source>
        <translation>Den Clip gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/project/projectexport.cpp" line="159"/>
        <source>&quot;%1&quot; could not be written (is the folder writable and the disk not full?).</source>
        <translation>„%1“ konnte nicht geschrieben werden (ist der Ordner beschreibbar und der Datenträger nicht voll?).</translation>
    </message>
    <message>
        <location filename="../core/expr/demotriplets.cpp" line="55"/>
        <source>No usable face was found in the demo photos.</source>
        <translation>In den Demofotos wurde kein brauchbares Gesicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/expr/demotriplets.cpp" line="323"/>
        <source>A demo video needs segments, a frame size and a frame rate.</source>
        <translation>Ein Demovideo braucht Segmente, eine Bildgröße und eine Bildrate.</translation>
    </message>
    <message>
        <location filename="../core/expr/demotriplets.cpp" line="326"/>
        <source>Each demo video segment shows one or two persons.</source>
        <translation>Jedes Segment eines Demovideos zeigt eine oder zwei Personen.</translation>
    </message>
    <message>
        <location filename="../core/expr/demotriplets.cpp" line="329"/>
        <source>A demo video segment names an unknown person.</source>
        <translation>Ein Segment des Demovideos nennt eine unbekannte Person.</translation>
    </message>
    <message>
        <location filename="../core/expr/demotriplets.cpp" line="345"/>
        <location filename="../core/synth/demogenerator.cpp" line="154"/>
        <location filename="../core/synth/sourcefaces.cpp" line="93"/>
        <location filename="../core/synth/spottingcheck.cpp" line="164"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/expr/demotriplets.cpp" line="372"/>
        <source>The demo video could not be written.</source>
        <translation>Das Demovideo konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="175"/>
        <source>The ground truth for &quot;%1&quot; could not be written.</source>
        <translation>Die Referenzdaten (Ground Truth) für „%1“ konnten nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="57"/>
        <source>Demo subject animated from %1 (face-api demo photos).</source>
        <translation>Demo-Person, animiert aus %1 (Demofotos von face-api).</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="110"/>
        <source>&quot;%1&quot; already holds a project; choose a new folder for the demo.</source>
        <translation>„%1“ enthält bereits ein Projekt; wählen Sie für die Demo einen neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="145"/>
        <source>Importing clips</source>
        <translation>Clips werden importiert</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="152"/>
        <source>Cancelled while importing.</source>
        <translation>Beim Importieren abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="154"/>
        <source>%1 generated clips could not be imported: %2</source>
        <translation>%1 erzeugte Clips konnten nicht importiert werden: %2</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="218"/>
        <location filename="../core/synth/demoproject.cpp" line="231"/>
        <source>Analysing clips</source>
        <translation>Clips werden analysiert</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="226"/>
        <source>Cancelled while analysing: the project is usable, %1 of %2 clips have automatic onsets.</source>
        <translation>Beim Analysieren abgebrochen: Das Projekt ist nutzbar, %1 von %2 Clips haben einen automatischen Beginn.</translation>
    </message>
    <message>
        <location filename="../core/synth/demoproject.cpp" line="305"/>
        <source>The demo project&apos;s completion report could not be written.</source>
        <translation>Der Abschlussbericht des Demoprojekts konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="45"/>
        <source>too small (eye distance %1 px)</source>
        <translation>zu klein (Augenabstand %1 px)</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="50"/>
        <source>turned sideways (nose %1 IOD off the midline)</source>
        <translation>seitlich gedreht (Nase %1 IOD neben der Mittellinie)</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="54"/>
        <source>turned sideways (jaw halves %1:1)</source>
        <translation>seitlich gedreht (Kieferhälften %1:1)</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="57"/>
        <source>implausible landmarks (mouth %1 IOD below the eyes)</source>
        <translation>unplausible Landmarken (Mund %1 IOD unter den Augen)</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="61"/>
        <source>head tilted %1°</source>
        <translation>Kopf um %1° geneigt</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="64"/>
        <source>eyes closed or nearly closed (eye aspect ratio %1)</source>
        <translation>Augen geschlossen oder fast geschlossen (Augenöffnungsverhältnis %1)</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="87"/>
        <source>No photos were given to take faces from.</source>
        <translation>Es wurden keine Fotos angegeben, aus denen Gesichter entnommen werden können.</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="97"/>
        <source>%1: not a readable image</source>
        <translation>%1: kein lesbares Bild</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="106"/>
        <source>not clearly a face (detector confidence %1)</source>
        <translation>nicht eindeutig ein Gesicht (Detektor-Konfidenz %1)</translation>
    </message>
    <message>
        <location filename="../core/synth/sourcefaces.cpp" line="144"/>
        <source>not found again after reframing</source>
        <translation>nach dem Neuzuschnitt nicht wiedergefunden</translation>
    </message>
    <message>
        <location filename="../core/eval/evalwriters.cpp" line="266"/>
        <source>The file &quot;%1&quot; could not be written; no evaluation file was changed.</source>
        <translation>Die Datei „%1“ konnte nicht geschrieben werden; keine Auswertungsdatei wurde verändert.</translation>
    </message>
    <message>
        <location filename="../core/eval/evalwriters.cpp" line="280"/>
        <source>The file &quot;%1&quot; could not be saved.</source>
        <translation>Die Datei „%1“ konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/eval/pairevaluator.cpp" line="151"/>
        <source>There are no positive pairs: no subject has two clips of the same motion.</source>
        <translation>Es gibt keine positiven Paare: Keine Person hat zwei Clips derselben Bewegung.</translation>
    </message>
    <message>
        <location filename="../core/eval/pairevaluator.cpp" line="155"/>
        <source>There are no negative pairs: no subject has clips of two different motions.</source>
        <translation>Es gibt keine negativen Paare: Keine Person hat Clips zweier verschiedener Bewegungen.</translation>
    </message>
    <message>
        <location filename="../core/eval/pairevaluator.cpp" line="157"/>
        <location filename="../core/eval/prmetrics.cpp" line="201"/>
        <source>There are no negative pairs to evaluate.</source>
        <translation>Es gibt keine negativen Paare zum Auswerten.</translation>
    </message>
    <message>
        <location filename="../core/eval/pairevaluator.cpp" line="221"/>
        <location filename="../core/eval/pairevaluator.cpp" line="265"/>
        <source>The evaluation was cancelled.</source>
        <translation>Die Auswertung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/eval/prmetrics.cpp" line="190"/>
        <source>There are %1 scores but %2 labels.</source>
        <translation>Es gibt %1 Scores, aber %2 Labels.</translation>
    </message>
    <message>
        <location filename="../core/eval/prmetrics.cpp" line="194"/>
        <source>Score %1 is not a number (NaN).</source>
        <translation>Score %1 ist keine Zahl (NaN).</translation>
    </message>
    <message>
        <location filename="../core/eval/prmetrics.cpp" line="199"/>
        <source>There are no positive pairs (same subject, same motion) to evaluate.</source>
        <translation>Es gibt keine positiven Paare (gleiche Person, gleiche Bewegung) zum Auswerten.</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="53"/>
        <source>The re-evaluation was cancelled; nothing was written.</source>
        <translation>Die Neuauswertung wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="58"/>
        <location filename="../core/eval/runevaluator.cpp" line="71"/>
        <location filename="../core/eval/runevaluator.cpp" line="97"/>
        <location filename="../core/eval/runresults.cpp" line="31"/>
        <location filename="../core/eval/runresults.cpp" line="53"/>
        <location filename="../core/eval/runresults.cpp" line="288"/>
        <source>The run file &quot;%1&quot; is missing.</source>
        <translation>Die Lauf-Datei „%1“ fehlt.</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="61"/>
        <source>The run file &quot;%1&quot; is not a valid config: %2</source>
        <translation>Die Lauf-Datei „%1“ ist keine gültige Konfiguration: %2</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="64"/>
        <source>Runs on synthesised compound clips cannot be re-evaluated on project data.</source>
        <translation>Läufe auf synthetisierten zusammengesetzten Clips lassen sich nicht auf Projektdaten neu auswerten.</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="100"/>
        <source>The run file &quot;%1&quot; could not be loaded: %2</source>
        <translation>Die Lauf-Datei „%1“ konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="104"/>
        <source>The model &quot;%1&quot; expects %2 feature values per frame; the project&apos;s features have %3.</source>
        <translation>Das Modell „%1“ erwartet %2 Merkmalswerte pro Bild; die Merkmale des Projekts haben %3.</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="127"/>
        <source>%1: fewer than two of the run&apos;s validation clips are still in the project.</source>
        <translation>%1: Weniger als zwei der Validierungsclips des Laufs sind noch im Projekt.</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="155"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/eval/runevaluator.cpp" line="200"/>
        <source>The folder &quot;%1&quot; already holds evaluation results; choose another output folder.</source>
        <translation>Der Ordner „%1“ enthält bereits Auswertungsergebnisse; wählen Sie einen anderen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="33"/>
        <location filename="../core/eval/runresults.cpp" line="55"/>
        <location filename="../core/eval/runresults.cpp" line="290"/>
        <source>The run file &quot;%1&quot; could not be read.</source>
        <translation>Die Lauf-Datei „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="37"/>
        <source>The run file &quot;%1&quot; is not valid JSON.</source>
        <translation>Die Lauf-Datei „%1“ ist kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="67"/>
        <location filename="../core/eval/runresults.cpp" line="326"/>
        <source>The run file &quot;%1&quot; is corrupt at line %2.</source>
        <translation>Die Lauf-Datei „%1“ ist in Zeile %2 beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="73"/>
        <location filename="../core/eval/runresults.cpp" line="338"/>
        <source>The run file &quot;%1&quot; has no column &quot;%2&quot;.</source>
        <translation>Die Lauf-Datei „%1“ hat keine Spalte „%2“.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="79"/>
        <location filename="../core/eval/runresults.cpp" line="347"/>
        <source>The run file &quot;%1&quot; is corrupt at line %2: %3 fields instead of %4.</source>
        <translation>Die Lauf-Datei „%1“ ist in Zeile %2 beschädigt: %3 Felder statt %4.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="87"/>
        <location filename="../core/eval/runresults.cpp" line="378"/>
        <source>The run file &quot;%1&quot; is empty.</source>
        <translation>Die Lauf-Datei „%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="97"/>
        <source>The run file &quot;%1&quot; has a bad number in column &quot;%2&quot; of data row %3.</source>
        <translation>Die Lauf-Datei „%1“ hat eine ungültige Zahl in Spalte „%2“ der Datenzeile %3.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="278"/>
        <source>The run file &quot;%1&quot; holds no curve points.</source>
        <translation>Die Lauf-Datei „%1“ enthält keine Kurvenpunkte.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="362"/>
        <source>The run file &quot;%1&quot; has a bad label in data row %2.</source>
        <translation>Die Lauf-Datei „%1“ hat ein ungültiges Label in Datenzeile %2.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="368"/>
        <source>The run file &quot;%1&quot; has a bad score in data row %2.</source>
        <translation>Die Lauf-Datei „%1“ hat einen ungültigen Score in Datenzeile %2.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="373"/>
        <source>The run file &quot;%1&quot; has a bad weight in data row %2.</source>
        <translation>Die Lauf-Datei „%1“ hat ein ungültiges Gewicht in Datenzeile %2.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="395"/>
        <source>The run file &quot;%1&quot; has no average precision.</source>
        <translation>Die Lauf-Datei „%1“ hat keine Average Precision.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsne.cpp" line="338"/>
        <source>t-SNE needs at least two points with at least one dimension.</source>
        <translation>t-SNE braucht mindestens zwei Punkte mit mindestens einer Dimension.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsne.cpp" line="340"/>
        <source>The t-SNE perplexity (%1) must be positive and less than the number of points (%2).</source>
        <translation>Die t-SNE-Perplexität (%1) muss positiv und kleiner als die Anzahl der Punkte (%2) sein.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsne.cpp" line="346"/>
        <source>The t-SNE input contains a value that is not a finite number.</source>
        <translation>Die t-SNE-Eingabe enthält einen Wert, der keine endliche Zahl ist.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsne.cpp" line="416"/>
        <source>t-SNE was cancelled.</source>
        <translation>t-SNE wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="85"/>
        <source>A t-SNE map needs at least 5 clips; the run has %1.</source>
        <translation>Eine t-SNE-Karte braucht mindestens 5 Clips; der Lauf hat %1.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="99"/>
        <source>The t-SNE map was cancelled; nothing was written.</source>
        <translation>Die t-SNE-Karte wurde abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/expr/expressionanalyzer.cpp" line="27"/>
        <source>The expression analysis was cancelled.</source>
        <translation>Die Ausdrucksanalyse wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/expr/expressionreport.cpp" line="39"/>
        <source>%1 could not be written.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/expressionreport.cpp" line="48"/>
        <source>A face image could not be encoded.</source>
        <translation>Ein Gesichtsbild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/fectriplets.cpp" line="56"/>
        <source>The triplet file %1 cannot be read.</source>
        <translation>Die Triplet-Datei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/fectriplets.cpp" line="68"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location filename="../core/expr/fectriplets.cpp" line="71"/>
        <source>%1 columns, at least 18 expected</source>
        <translation>%1 Spalten, mindestens 18 erwartet</translation>
    </message>
    <message>
        <location filename="../core/expr/fectriplets.cpp" line="91"/>
        <source>an image entry or face box is invalid</source>
        <translation>ein Bildeintrag oder Gesichtsrahmen ist ungültig</translation>
    </message>
    <message>
        <location filename="../core/expr/fectriplets.cpp" line="112"/>
        <source>no majority annotation</source>
        <translation>keine Mehrheitsannotation</translation>
    </message>
    <message>
        <location filename="../core/expr/fectriplets.cpp" line="120"/>
        <source>The triplet file %1 holds no usable FEC triplet.</source>
        <translation>Die Triplet-Datei %1 enthält kein brauchbares FEC-Triplet.</translation>
    </message>
    <message>
        <location filename="../core/nets/sfedistiller.cpp" line="89"/>
        <location filename="../core/nets/sfedistiller.cpp" line="96"/>
        <source>The checkpoint &quot;%1&quot; could not be written.</source>
        <translation>Der Checkpoint „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="67"/>
        <source>A weight entry in &quot;%1&quot; has no name.</source>
        <translation>Ein Gewichtseintrag in „%1“ hat keinen Namen.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="71"/>
        <source>Tensor &quot;%1&quot; in &quot;%2&quot; has no shape.</source>
        <translation>Tensor „%1“ in „%2“ hat keine Form.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="75"/>
        <source>Tensor &quot;%1&quot; in &quot;%2&quot; has an invalid shape.</source>
        <translation>Tensor „%1“ in „%2“ hat eine ungültige Form.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="80"/>
        <source>Tensor &quot;%1&quot; in &quot;%2&quot; has the unsupported type &quot;%3&quot;.</source>
        <translation>Tensor „%1“ in „%2“ hat den nicht unterstützten Typ „%3“.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="95"/>
        <source>Tensor &quot;%1&quot; in &quot;%2&quot; has the unsupported quantization &quot;%3&quot;.</source>
        <translation>Tensor „%1“ in „%2“ hat die nicht unterstützte Quantisierung „%3“.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="118"/>
        <source>Run &quot;%1&quot;: %2</source>
        <translation>Lauf „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="132"/>
        <source>&quot;%1&quot; must be a non-empty list of margins from 0 to 2.</source>
        <translation>„%1“ muss eine nicht leere Liste von Margins zwischen 0 und 2 sein.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="347"/>
        <source>10-fold CV, contrastive loss (m_c), random trimming, SFE-L, FM</source>
        <translation>10-fache KV, kontrastiver Loss (m_c), zufälliges Trimmen, SFE-L, GB</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="352"/>
        <source>10-fold CV, N-pair loss (tau), random trimming, SFE-L, FM</source>
        <translation>10-fache KV, N-Pair-Loss (tau), zufälliges Trimmen, SFE-L, GB</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="358"/>
        <source>10-fold CV, contrastive loss, lip movements only</source>
        <translation>10-fache KV, kontrastiver Loss, nur Lippenbewegungen</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="364"/>
        <source>Random trimming on vs off (10-fold CV)</source>
        <translation>Zufälliges Trimmen an vs. aus (10-fache KV)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="370"/>
        <source>SFE-L vs SFE-E vs SFE-M (10-fold CV)</source>
        <translation>SFE-L vs. SFE-E vs. SFE-M (10-fache KV)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="376"/>
        <source>Fixed split, distance contrastive (m_p 0.2, m_n 0.3), compound clips, trained from scratch</source>
        <translation>Feste Aufteilung, Distanz-kontrastiv (m_p 0.2, m_n 0.3), zusammengesetzte Clips, von Grund auf trainiert</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="382"/>
        <source>The seed 001 baseline after SS+ (contrastive subclips) pretraining</source>
        <translation>Die Baseline aus Seed 001 nach SS+-Vortraining (kontrastive Teilclips)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="388"/>
        <source>Baseline vs SS vs SS+ pretraining (fixed split)</source>
        <translation>Baseline vs. SS vs. SS+-Vortraining (feste Aufteilung)</translation>
    </message>
    <message>
        <source>Baseline vs SS+ pretraining (fixed split)</source>
        <translation type="vanished">Baseline vs. SS+-Vortraining (feste Aufteilung)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="394"/>
        <source>Grid over m_p x m_n in {0.1, 0.2, 0.3, 0.5} (16 runs, fixed split)</source>
        <translation>Raster über m_p x m_n in {0.1, 0.2, 0.3, 0.5} (16 Läufe, feste Aufteilung)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="400"/>
        <source>Facial motions only (10-fold CV)</source>
        <translation>Nur Gesichtsbewegungen (10-fache KV)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="401"/>
        <source>Lip movements only (10-fold CV)</source>
        <translation>Nur Lippenbewegungen (10-fache KV)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="407"/>
        <source>FM vs LM vs FM+LM (10-fold CV)</source>
        <translation>GB vs. LB vs. GB+LB (10-fache KV)</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="414"/>
        <source>Unknown preset &quot;%1&quot;; presets: %2.</source>
        <translation>Unbekannte Vorlage „%1“; Vorlagen: %2.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="295"/>
        <source>The cached features of &quot;%1&quot; have %2 columns, others %3.</source>
        <translation>Die zwischengespeicherten Merkmale von „%1“ haben %2 Spalten, andere %3.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="337"/>
        <location filename="../core/train/featureset.cpp" line="344"/>
        <source>first missing: %1 (cache folder %2)</source>
        <translation>erstes fehlendes: %1 (Cache-Ordner %2)</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="60"/>
        <location filename="../core/train/runfolder.cpp" line="29"/>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Unknown feature extractor &quot;%1&quot; (use sfe-l or sfe-e).</source>
        <translation type="vanished">Unbekannter Merkmalsextraktor „%1“ (verwenden Sie sfe-l oder sfe-e).</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="75"/>
        <source>Unknown feature extractor &quot;%1&quot; (use sfe-l, sfe-e or sfe-m).</source>
        <translation>Unbekannter Merkmalsextraktor „%1“ (sfe-l, sfe-e oder sfe-m verwenden).</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="96"/>
        <location filename="../core/train/projectfeatures.cpp" line="175"/>
        <source>No face in any frame of &quot;%1&quot;.</source>
        <translation>In keinem Bild von „%1“ wurde ein Gesicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="69"/>
        <source>SFE-M needs the checkpoint its features come from (made by fmstudio-cli pretrain-sfe): set &quot;sfe_checkpoint&quot; or --sfe-checkpoint.</source>
        <translation>SFE-M braucht den Checkpoint, aus dem seine Merkmale stammen (erstellt mit fmstudio-cli pretrain-sfe): „sfe_checkpoint“ oder --sfe-checkpoint angeben.</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="134"/>
        <source>The SFE-M checkpoint &quot;%1&quot; is not a file.</source>
        <translation>Der SFE-M-Checkpoint „%1“ ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="137"/>
        <source>The SFE-M checkpoint &quot;%1&quot; cannot be read.</source>
        <translation>Der SFE-M-Checkpoint „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="141"/>
        <source>The SFE-M checkpoint &quot;%1&quot; is %2, not the %3 this was made with.</source>
        <translation>Der SFE-M-Checkpoint „%1“ ist %2, nicht der %3, mit dem dies erstellt wurde.</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="186"/>
        <source>The number of SS views must be between 0 and %1.</source>
        <translation>Die Zahl der SS-Ansichten muss zwischen 0 und %1 liegen.</translation>
    </message>
    <message>
        <location filename="../core/train/projectfeatures.cpp" line="206"/>
        <source>Cancelled: %1 of %2 clips have features.</source>
        <translation>Abgebrochen: %1 von %2 Clips haben Merkmale.</translation>
    </message>
    <message>
        <location filename="../core/train/protocol.cpp" line="23"/>
        <source>%1 folds need at least %1 subjects; the data has %2 (a fold would be empty).</source>
        <translation>%1 Folds brauchen mindestens %1 Personen; die Daten haben %2 (ein Fold wäre leer).</translation>
    </message>
    <message>
        <location filename="../core/train/protocol.cpp" line="31"/>
        <source>Fold %1 does not exist (there are %2 folds, numbered from 0).</source>
        <translation>Fold %1 gibt es nicht (es gibt %2 Folds, ab 0 nummeriert).</translation>
    </message>
    <message>
        <location filename="../core/train/protocol.cpp" line="37"/>
        <source>A train/validation split needs at least two subjects; the data has %1.</source>
        <translation>Eine Trainings-/Validierungsaufteilung braucht mindestens zwei Personen; die Daten haben %1.</translation>
    </message>
    <message>
        <location filename="../core/train/protocol.cpp" line="57"/>
        <source>Partition %1 has an empty training or validation set.</source>
        <translation>Partition %1 hat eine leere Trainings- oder Validierungsmenge.</translation>
    </message>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="41"/>
        <source>The model file has an invalid encoder configuration.</source>
        <translation>Die Modelldatei hat eine ungültige Encoder-Konfiguration.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="36"/>
        <source>The verification was cancelled.</source>
        <translation>Die Verifikation wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/synth/spottingcheck.cpp" line="92"/>
        <source>all clean clips</source>
        <translation>alle sauberen Clips</translation>
    </message>
    <message>
        <location filename="../core/synth/spottingcheck.cpp" line="101"/>
        <source>&quot;%1&quot; is not a project folder.</source>
        <translation>„%1“ ist kein Projektordner.</translation>
    </message>
    <message>
        <location filename="../core/synth/spottingcheck.cpp" line="106"/>
        <source>&quot;%1&quot; has no demo ground truth (%2 is missing): only projects made by the demo command can be checked.</source>
        <translation>„%1“ hat keine Demo-Referenzdaten (%2 fehlt): nur mit dem demo-Befehl erstellte Projekte lassen sich prüfen.</translation>
    </message>
    <message>
        <location filename="../core/synth/spottingcheck.cpp" line="112"/>
        <source>The demo ground truth &quot;%1&quot; is not valid JSON.</source>
        <translation>Die Demo-Referenzdaten „%1“ sind kein gültiges JSON.</translation>
    </message>
    <message>
        <location filename="../core/synth/spottingcheck.cpp" line="130"/>
        <source>The demo ground truth &quot;%1&quot; lists no clips.</source>
        <translation>Die Demo-Referenzdaten „%1“ enthalten keine Clips.</translation>
    </message>
    <message>
        <location filename="../core/synth/spottingcheck.cpp" line="193"/>
        <source>No clip of &quot;%1&quot; has both an analysis and a ground truth.</source>
        <translation>Kein Clip von „%1“ hat sowohl eine Analyse als auch Referenzdaten.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="47"/>
        <source>The reference image could not be encoded.</source>
        <translation>Das Referenzbild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="53"/>
        <source>The reference image could not be written to %1.</source>
        <translation>Das Referenzbild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fm::AboutDialog</name>
    <message>
        <location filename="../app/studio/aboutdialog.cpp" line="17"/>
        <source>About FaceMotion Studio</source>
        <translation>Über FaceMotion Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/aboutdialog.cpp" line="33"/>
        <source>&lt;h2&gt;FaceMotion Studio %1&lt;/h2&gt;&lt;p&gt;Facial-motion biometrics research: record, annotate, train and evaluate facial-motion embeddings.&lt;/p&gt;&lt;p&gt;Libraries loaded in this process:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Face models: face-api 1.7.15 (MIT) and dlib&apos;s 68-point predictor.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;FaceMotion Studio %1&lt;/h2&gt;&lt;p&gt;Forschung zur Biometrie von Gesichtsbewegungen: Gesichtsbewegungs-Embeddings aufnehmen, annotieren, trainieren und auswerten.&lt;/p&gt;&lt;p&gt;In diesem Prozess geladene Bibliotheken:&lt;/p&gt;&lt;ul&gt;%2&lt;/ul&gt;&lt;p&gt;Gesichtsmodelle: face-api 1.7.15 (MIT) und der 68-Punkte-Prädiktor von dlib.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>fm::AddItemCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="185"/>
        <source>Add subject %1</source>
        <translation>Person %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="189"/>
        <source>Add motion %1</source>
        <translation>Bewegung %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>fm::AnnotatorPage</name>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="42"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="59"/>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="62"/>
        <source>Playback speed ([ and ])</source>
        <translation>Wiedergabegeschwindigkeit ([ und ])</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="63"/>
        <location filename="../app/studio/annotatorpage.cpp" line="583"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="65"/>
        <source>Play / pause (Space)</source>
        <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="66"/>
        <source>Choose a clip in the dataset tree (N: next pending clip)</source>
        <translation>Wählen Sie einen Clip im Datensatzbaum (N: nächster offener Clip)</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="161"/>
        <source>Analysis cancelled</source>
        <translation>Analyse abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="190"/>
        <source>Play / pause</source>
        <translation>Abspielen / Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="203"/>
        <source>Step %1 frames</source>
        <translation>%1 Bilder weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="206"/>
        <source>First frame</source>
        <translation>Erstes Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="208"/>
        <source>Last frame</source>
        <translation>Letztes Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="210"/>
        <source>Set onset here</source>
        <translation>Beginn hier setzen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="212"/>
        <source>Set apex here</source>
        <translation>Höhepunkt hier setzen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="214"/>
        <source>Set offset here</source>
        <translation>Ende hier setzen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="216"/>
        <source>Re-detect markers</source>
        <translation>Marken neu erkennen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="218"/>
        <source>Include and next</source>
        <translation>Aufnehmen und weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="220"/>
        <source>Exclude with last reason and next</source>
        <translation>Mit letztem Grund ausschließen und weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="229"/>
        <source>Exclude: %1</source>
        <translation>Ausschließen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="236"/>
        <source>Next pending clip</source>
        <translation>Nächster offener Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="238"/>
        <source>Previous pending clip</source>
        <translation>Vorheriger offener Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="240"/>
        <source>Slower</source>
        <translation>Langsamer</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="242"/>
        <source>Faster</source>
        <translation>Schneller</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="244"/>
        <location filename="../app/studio/annotatorpage.cpp" line="246"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="248"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="251"/>
        <source>Show landmarks</source>
        <translation>Landmarken zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="252"/>
        <source>Show face box</source>
        <translation>Gesichtsrahmen zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="253"/>
        <source>Show aligned crop</source>
        <translation>Ausgerichteten Ausschnitt zeigen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="255"/>
        <source>Landmarks (L)</source>
        <translation>Landmarken (L)</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="256"/>
        <source>Box (B)</source>
        <translation>Rahmen (B)</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="257"/>
        <source>Crop (C)</source>
        <translation>Ausschnitt (C)</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="305"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="311"/>
        <source>Loading frames...</source>
        <translation>Bilder werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="336"/>
        <location filename="../app/studio/annotatorpage.cpp" line="439"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="345"/>
        <source>%1 %p%</source>
        <translation>%1 %p%</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="346"/>
        <source>%1: frame %2 of %3</source>
        <translation>%1: Bild %2 von %3</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="382"/>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="413"/>
        <source>Face in %1 of %2 frames; FaceQA accepted %3.</source>
        <translation>Gesicht in %1 von %2 Bildern; FaceQA akzeptiert %3.</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="442"/>
        <source>Decoding...</source>
        <translation>Wird dekodiert …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="448"/>
        <source>Analysing...</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="456"/>
        <source>No face in this frame</source>
        <translation>Kein Gesicht in diesem Bild</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="465"/>
        <source>FaceQA: blurry or turned away</source>
        <translation>FaceQA: unscharf oder abgewandt</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="509"/>
        <source>%1 / %2 / repetition %3</source>
        <translation>%1 / %2 / Wiederholung %3</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="521"/>
        <source>%1 set at frame %2</source>
        <translation>%1 auf Bild %2 gesetzt</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="530"/>
        <source>Re-detect onset, apex and offset</source>
        <translation>Beginn, Höhepunkt und Ende neu erkennen</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="567"/>
        <source>No more pending clips</source>
        <translation>Keine offenen Clips mehr</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="576"/>
        <source>No pending clip</source>
        <translation>Kein offener Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="592"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/studio/annotatorpage.cpp" line="598"/>
        <source>Playback speed %1</source>
        <translation>Wiedergabegeschwindigkeit %1</translation>
    </message>
</context>
<context>
    <name>fm::CameraSource</name>
    <message>
        <location filename="../app/studio/framesource.cpp" line="91"/>
        <source>camera %1</source>
        <translation>Kamera %1</translation>
    </message>
    <message>
        <location filename="../app/studio/framesource.cpp" line="123"/>
        <source>The camera failed: %1</source>
        <translation>Die Kamera ist ausgefallen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/framesource.cpp" line="127"/>
        <source>The camera stopped.</source>
        <translation>Die Kamera hat angehalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/framesource.cpp" line="134"/>
        <source>The camera was disconnected.</source>
        <translation>Die Kamera wurde getrennt.</translation>
    </message>
</context>
<context>
    <name>fm::CapturePage</name>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="299"/>
        <source>No camera was found on this system. Use a video file as the camera source to try the whole recording flow.</source>
        <translation>Auf diesem System wurde keine Kamera gefunden. Verwenden Sie eine Videodatei als Kameraquelle, um den ganzen Aufnahmeablauf zu nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>%n camera(s) found. Live camera capture comes in a later version; use a video file as the source for now.</source>
        <translation type="vanished">
            <numerusform>%n Kamera gefunden. Live-Aufnahme von der Kamera folgt in einer späteren Version; verwenden Sie vorerst eine Videodatei als Quelle.</numerusform>
            <numerusform>%n Kameras gefunden. Live-Aufnahme von der Kamera folgt in einer späteren Version; verwenden Sie vorerst eine Videodatei als Quelle.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="54"/>
        <source>Use a video file as camera...</source>
        <translation>Videodatei als Kamera verwenden …</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="63"/>
        <location filename="../app/studio/capturepage.cpp" line="66"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="76"/>
        <source>Record (R)</source>
        <translation>Aufnehmen (R)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="77"/>
        <source>Re-take (Backspace)</source>
        <translation>Wiederholen (Rücktaste)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="78"/>
        <source>Keep (Enter)</source>
        <translation>Behalten (Eingabe)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="79"/>
        <source>Next motion (M)</source>
        <translation>Nächste Bewegung (M)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="84"/>
        <source>Subject:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="85"/>
        <source>Motion:</source>
        <translation>Bewegung:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="86"/>
        <source>Countdown:</source>
        <translation>Countdown:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="87"/>
        <source>Take length:</source>
        <translation>Aufnahmedauer:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="99"/>
        <source>Takes:</source>
        <translation>Aufnahmen:</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="111"/>
        <source>No source: choose a video file to use as the camera</source>
        <translation>Keine Quelle: wählen Sie eine Videodatei als Kamera</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="131"/>
        <source>Video file as camera</source>
        <translation>Videodatei als Kamera</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="132"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="147"/>
        <location filename="../app/studio/capturepage.cpp" line="391"/>
        <source>Recording in %1...</source>
        <translation>Aufnahme in %1 …</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="158"/>
        <source>proposed onset %1, offset %2</source>
        <translation>vorgeschlagener Beginn %1, Ende %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="161"/>
        <source>no motion found</source>
        <translation>keine Bewegung gefunden</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="162"/>
        <source>Clip %1: %2</source>
        <translation>Clip %1: %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="163"/>
        <source>Stored and analysed: %1</source>
        <translation>Gespeichert und analysiert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="216"/>
        <source>No camera was found on this system. Use a video file as the camera source.</source>
        <translation>Auf diesem System wurde keine Kamera gefunden. Verwenden Sie eine Videodatei als Kameraquelle.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="218"/>
        <source>That camera is no longer available.</source>
        <translation>Diese Kamera ist nicht mehr verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="252"/>
        <source>Source running at %1 fps. Press R to record.</source>
        <translation>Quelle läuft mit %1 fps. R startet die Aufnahme.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="273"/>
        <source>Camera source: %1</source>
        <translation>Kameraquelle: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="274"/>
        <source>Starting %1...</source>
        <translation>%1 wird gestartet …</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="289"/>
        <source>(no camera)</source>
        <translation>(keine Kamera)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="291"/>
        <source>Choose a camera...</source>
        <translation>Kamera wählen …</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/capturepage.cpp" line="301"/>
        <source>%n camera(s) found: choose one, or use a video file as the camera.</source>
        <translation>
            <numerusform>%n Kamera gefunden: wählen Sie sie, oder verwenden Sie eine Videodatei als Kamera.</numerusform>
            <numerusform>%n Kameras gefunden: wählen Sie eine, oder verwenden Sie eine Videodatei als Kamera.</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1x%2 at %3 fps. Press R to record.</source>
        <translation type="vanished">Quelle: %1x%2 mit %3 Bildern/s. R startet die Aufnahme.</translation>
    </message>
    <message>
        <source>Camera source: video file %1</source>
        <translation type="vanished">Kameraquelle: Videodatei %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="346"/>
        <source>Add a subject and a motion in the dataset tree first</source>
        <translation>Legen Sie zuerst im Datensatzbaum eine Person und eine Bewegung an</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="352"/>
        <source>Repetition %1 of %2</source>
        <translation>Wiederholung %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="363"/>
        <source>Face found; sharpness %1 (%2); yaw %3° (%4)</source>
        <translation>Gesicht gefunden; Schärfe %1 (%2); Gierwinkel %3° (%4)</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="365"/>
        <location filename="../app/studio/capturepage.cpp" line="367"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="365"/>
        <source>too blurry</source>
        <translation>zu unscharf</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="367"/>
        <source>turn to the camera</source>
        <translation>zur Kamera drehen</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="371"/>
        <source>No face found: fix the lighting and look at the camera</source>
        <translation>Kein Gesicht gefunden: Beleuchtung verbessern und in die Kamera schauen</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="381"/>
        <source>Choose a subject and a motion first</source>
        <translation>Wählen Sie zuerst Person und Bewegung</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="413"/>
        <source>Recording...</source>
        <translation>Aufnahme läuft …</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="424"/>
        <source>The source stopped mid-take: a partial take of %1 of %2 frames was kept. Enter keeps it, Backspace discards it.</source>
        <translation>Die Quelle hat mitten in der Aufnahme angehalten: Eine Teilaufnahme von %1 von %2 Bildern wurde behalten. Eingabe behält sie, Rücktaste verwirft sie.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="428"/>
        <source>Take recorded (%1 frames). Enter keeps it, Backspace discards it.</source>
        <translation>Aufnahme fertig (%1 Bilder). Eingabe behält sie, Rücktaste verwirft sie.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="440"/>
        <source>Take discarded. Press R to record it again.</source>
        <translation>Aufnahme verworfen. R nimmt sie erneut auf.</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="474"/>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="475"/>
        <source>same as an earlier take</source>
        <translation>gleich wie eine frühere Aufnahme</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="477"/>
        <source>The take was not stored: %1</source>
        <translation>Die Aufnahme wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/capturepage.cpp" line="482"/>
        <source>Stored; analysing in the background...</source>
        <translation>Gespeichert; Analyse läuft im Hintergrund …</translation>
    </message>
</context>
<context>
    <name>fm::CaptureWorker</name>
    <message>
        <source>The video source stopped delivering frames: %1</source>
        <translation type="vanished">Die Videoquelle liefert keine Bilder mehr: %1</translation>
    </message>
    <message>
        <source>The take could not be written (disk full?); it was discarded. Earlier takes are untouched.</source>
        <translation type="vanished">Die Aufnahme konnte nicht geschrieben werden (Datenträger voll?); sie wurde verworfen. Frühere Aufnahmen sind unberührt.</translation>
    </message>
    <message>
        <location filename="../app/studio/captureworker.cpp" line="63"/>
        <source>The source stopped before the take had any frame; nothing was recorded. Earlier takes are untouched.</source>
        <translation>Die Quelle hat angehalten, bevor die Aufnahme ein Bild hatte; nichts wurde aufgenommen. Frühere Aufnahmen sind unverändert.</translation>
    </message>
    <message>
        <location filename="../app/studio/captureworker.cpp" line="73"/>
        <source>%1 The take was discarded; earlier takes are untouched.</source>
        <translation>%1 Die Aufnahme wurde verworfen; frühere Aufnahmen sind unverändert.</translation>
    </message>
    <message>
        <location filename="../app/studio/captureworker.cpp" line="95"/>
        <source>The take could not be written: %1 Earlier takes are untouched.</source>
        <translation>Die Aufnahme konnte nicht geschrieben werden: %1 Frühere Aufnahmen sind unverändert.</translation>
    </message>
    <message>
        <location filename="../app/studio/captureworker.cpp" line="105"/>
        <source>The take could not be written (%1); it was discarded. Earlier takes are untouched.</source>
        <translation>Die Aufnahme konnte nicht geschrieben werden (%1); sie wurde verworfen. Frühere Aufnahmen sind unverändert.</translation>
    </message>
</context>
<context>
    <name>fm::ClipAnalysis</name>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="200"/>
        <source>This is not a FaceMotion clip analysis.</source>
        <translation>Dies ist keine FaceMotion-Clipanalyse.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="204"/>
        <source>The clip analysis has format version %1; this program reads version %2.</source>
        <translation>Die Clipanalyse hat Formatversion %1; dieses Programm liest Version %2.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="259"/>
        <source>The analysis could not be written to &quot;%1&quot;.</source>
        <translation>Die Analyse konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="269"/>
        <source>The analysis &quot;%1&quot; could not be opened.</source>
        <translation>Die Analyse „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalysis.cpp" line="273"/>
        <source>The analysis &quot;%1&quot; is not valid JSON.</source>
        <translation>Die Analyse „%1“ ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>fm::ClipAnalyzer</name>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="113"/>
        <location filename="../core/motion/clipanalyzer.cpp" line="151"/>
        <source>The analysis of &quot;%1&quot; was cancelled.</source>
        <translation>Die Analyse von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="119"/>
        <source>Frame %1 of &quot;%2&quot; could not be read.</source>
        <translation>Bild %1 von „%2“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="158"/>
        <source>The clip &quot;%1&quot; has no decodable frames.</source>
        <translation>Der Clip „%1“ hat keine dekodierbaren Bilder.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="160"/>
        <source>The video claims %1 frames but only %2 could be decoded: the file may be truncated.</source>
        <translation>Das Video gibt %1 Bilder an, aber nur %2 ließen sich dekodieren: Die Datei ist möglicherweise abgeschnitten.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="187"/>
        <source>No face was found in any frame.</source>
        <translation>In keinem Bild wurde ein Gesicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="191"/>
        <source>No face in frame %1.</source>
        <translation>Kein Gesicht in Bild %1.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="192"/>
        <source>No face in frames %1-%2.</source>
        <translation>Kein Gesicht in den Bildern %1–%2.</translation>
    </message>
    <message>
        <location filename="../core/motion/clipanalyzer.cpp" line="197"/>
        <source>Most faces fail FaceQA (%1 of %2 blurry, %3 turned away).</source>
        <translation>Die meisten Gesichter bestehen FaceQA nicht (%1 von %2 unscharf, %3 abgewandt).</translation>
    </message>
</context>
<context>
    <name>fm::ClipImporter</name>
    <message>
        <location filename="../core/project/clipimport.cpp" line="212"/>
        <source>Nothing to import: no files or folders were given.</source>
        <translation>Nichts zu importieren: Es wurden keine Dateien oder Ordner angegeben.</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="218"/>
        <source>&quot;%1&quot; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="262"/>
        <source>Same content as clip %1 (%2), already in the project.</source>
        <translation>Gleicher Inhalt wie Clip %1 (%2), bereits im Projekt.</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="345"/>
        <source>Repetition %1 of %2 / %3 already exists; stored as repetition %4.</source>
        <translation>Wiederholung %1 von %2 / %3 existiert bereits; als Wiederholung %4 gespeichert.</translation>
    </message>
</context>
<context>
    <name>fm::ClipLoadWorker</name>
    <message>
        <location filename="../app/studio/cliploader.cpp" line="80"/>
        <source>Loading analysis</source>
        <translation>Analyse wird geladen</translation>
    </message>
    <message>
        <location filename="../app/studio/cliploader.cpp" line="89"/>
        <location filename="../app/studio/cliploader.cpp" line="98"/>
        <source>Analysing</source>
        <translation>Analyse</translation>
    </message>
</context>
<context>
    <name>fm::ClipReader</name>
    <message>
        <location filename="../core/video/clipreader.cpp" line="105"/>
        <source>The clip &quot;%1&quot; does not exist.</source>
        <translation>Der Clip „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="114"/>
        <source>The folder &quot;%1&quot; contains no images.</source>
        <translation>Der Ordner „%1“ enthält keine Bilder.</translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="118"/>
        <location filename="../core/video/clipreader.cpp" line="160"/>
        <source>The image &quot;%1&quot; could not be read.</source>
        <translation>Das Bild „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="130"/>
        <source>The video &quot;%1&quot; could not be opened: the file is unreadable or not a video.</source>
        <translation>Das Video „%1“ konnte nicht geöffnet werden: Die Datei ist nicht lesbar oder kein Video.</translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="142"/>
        <source>The video &quot;%1&quot; has no decodable frames.</source>
        <translation>Das Video „%1“ hat keine dekodierbaren Bilder.</translation>
    </message>
    <message>
        <location filename="../core/video/clipreader.cpp" line="164"/>
        <source>The image &quot;%1&quot; is %2x%3 pixels; the sequence is %4x%5.</source>
        <translation>Das Bild „%1“ hat %2x%3 Pixel; die Sequenz hat %4x%5.</translation>
    </message>
</context>
<context>
    <name>fm::ClipTableModel</name>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="179"/>
        <source>Subject</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="181"/>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="183"/>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="185"/>
        <source>Frames</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="187"/>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="189"/>
        <source>Apex</source>
        <translation>Höhepunkt</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="191"/>
        <source>Offset</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="193"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="195"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="197"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="199"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="243"/>
        <source>&quot;%1&quot; is not a frame number.</source>
        <translation>„%1“ ist keine Bildnummer.</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="254"/>
        <source>Unknown review status &quot;%1&quot;.</source>
        <translation>Unbekannter Prüfstatus „%1“.</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="264"/>
        <source>Unknown exclusion reason &quot;%1&quot;.</source>
        <translation>Unbekannter Ausschlussgrund „%1“.</translation>
    </message>
</context>
<context>
    <name>fm::ClipWriter</name>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="55"/>
        <source>Cannot write &quot;%1&quot;: invalid frame size or frame rate.</source>
        <translation>„%1“ kann nicht geschrieben werden: ungültige Bildgröße oder Bildrate.</translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="58"/>
        <source>The folder for &quot;%1&quot; could not be created.</source>
        <translation>Der Ordner für „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="74"/>
        <source>The video &quot;%1&quot; could not be created (no encoder for this format, or the folder is not writable).</source>
        <translation>Das Video „%1“ konnte nicht angelegt werden (kein Encoder für dieses Format, oder der Ordner ist nicht beschreibbar).</translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="85"/>
        <source>The video is closed.</source>
        <translation>Das Video ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="89"/>
        <source>Empty frame.</source>
        <translation>Leeres Bild.</translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="109"/>
        <source>Writing &quot;%1&quot; failed (is the disk full?).</source>
        <translation>Das Schreiben von „%1“ ist fehlgeschlagen (ist der Datenträger voll?).</translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="113"/>
        <source>No frames were written to &quot;%1&quot;.</source>
        <translation>Nach „%1“ wurden keine Bilder geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/video/clipwriter.cpp" line="118"/>
        <source>The video could not be moved to &quot;%1&quot;.</source>
        <translation>Das Video konnte nicht nach „%1“ verschoben werden.</translation>
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
        <translation>(keine Bewegungen)</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="347"/>
        <source>Subject</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="349"/>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="351"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="353"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="355"/>
        <source>Included</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="357"/>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="359"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="361"/>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <location filename="../core/project/projectmodels.cpp" line="383"/>
        <source>The target must be a whole number of 0 or more.</source>
        <translation>Das Ziel muss eine ganze Zahl ab 0 sein.</translation>
    </message>
</context>
<context>
    <name>fm::ContentHash</name>
    <message>
        <location filename="../core/common/contenthash.cpp" line="33"/>
        <location filename="../core/common/contenthash.cpp" line="38"/>
        <source>&quot;%1&quot; could not be read.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fm::DatasetTree</name>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="54"/>
        <source>FM</source>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="56"/>
        <source>LM</source>
        <translation>LB</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="58"/>
        <source>compound</source>
        <translation>zusammengesetzt</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="69"/>
        <source>Search subject or motion</source>
        <translation>Person oder Bewegung suchen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="72"/>
        <source>All clips</source>
        <translation>Alle Clips</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="73"/>
        <source>Pending review</source>
        <translation>Prüfung offen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation type="vanished">Ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="74"/>
        <source>Excluded (any reason)</source>
        <translation>Ausgeschlossen (beliebiger Grund)</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="76"/>
        <source>Excluded: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="78"/>
        <source>Missing annotation</source>
        <translation>Annotation fehlt</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="79"/>
        <source>QA warnings</source>
        <translation>QA-Warnungen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="80"/>
        <source>Not analysed</source>
        <translation>Nicht analysiert</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="84"/>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="84"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="169"/>
        <source>Repetition %1</source>
        <translation>Wdh. %1</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="208"/>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="212"/>
        <source>included</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="216"/>
        <source>excluded: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="221"/>
        <source>, no onset/offset</source>
        <translation>, ohne Beginn/Ende</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/datasettree.cpp" line="224"/>
        <source>, %n QA warning(s)</source>
        <translation>
            <numerusform>, %n QA-Warnung</numerusform>
            <numerusform>, %n QA-Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="244"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="246"/>
        <source>%1/%2 included</source>
        <translation>%1/%2 aufgen.</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="428"/>
        <source>Add subject...</source>
        <translation>Person hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="429"/>
        <source>Add subject</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="429"/>
        <location filename="../app/studio/datasettree.cpp" line="450"/>
        <source>Subject code:</source>
        <translation>Personenkürzel:</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="438"/>
        <source>Add motion...</source>
        <translation>Bewegung hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="439"/>
        <source>Add motion</source>
        <translation>Bewegung hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="439"/>
        <location filename="../app/studio/datasettree.cpp" line="460"/>
        <source>Motion name:</source>
        <translation>Name der Bewegung:</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="448"/>
        <source>Rename subject...</source>
        <translation>Person umbenennen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="449"/>
        <source>Rename subject</source>
        <translation>Person umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="455"/>
        <source>Delete subject</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="458"/>
        <source>Rename motion...</source>
        <translation>Bewegung umbenennen …</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="459"/>
        <source>Rename motion</source>
        <translation>Bewegung umbenennen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="465"/>
        <source>Delete motion</source>
        <translation>Bewegung löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/datasettree.cpp" line="468"/>
        <source>Move to motion</source>
        <translation>Zu Bewegung verschieben</translation>
    </message>
</context>
<context>
    <name>fm::DeleteItemCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="216"/>
        <source>Delete subject %1</source>
        <translation>Person %1 löschen</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="217"/>
        <source>Delete motion %1</source>
        <translation>Bewegung %1 löschen</translation>
    </message>
</context>
<context>
    <name>fm::DemoGenerator</name>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="275"/>
        <source>Finding faces</source>
        <translation>Gesichter werden gesucht</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="288"/>
        <source>%1 usable faces in %2 photos; %3 used as subjects.</source>
        <translation>%1 brauchbare Gesichter in %2 Fotos; %3 als Personen verwendet.</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="293"/>
        <source>Only %1 usable faces were found; %2 were asked for. No identities were invented.</source>
        <translation>Nur %1 brauchbare Gesichter wurden gefunden; %2 waren verlangt. Es wurden keine Identitäten erfunden.</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="298"/>
        <source>The papers&apos; dataset has 59 subjects; these photos give %1.</source>
        <translation>Der Datensatz der Veröffentlichungen hat 59 Personen; diese Fotos ergeben %1.</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="301"/>
        <source>Not used: %1</source>
        <translation>Nicht verwendet: %1</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="303"/>
        <source>No usable face was found in the %1 photos.</source>
        <translation>In den %1 Fotos wurde kein brauchbares Gesicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="386"/>
        <location filename="../core/synth/demogenerator.cpp" line="397"/>
        <source>Rendering clips</source>
        <translation>Clips werden gerendert</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="393"/>
        <source>Cancelled: %1 of %2 clips were written.</source>
        <translation>Abgebrochen: %1 von %2 Clips wurden geschrieben.</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="395"/>
        <source>Generating the demo failed: %1</source>
        <translation>Das Erzeugen der Demo ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/synth/demogenerator.cpp" line="440"/>
        <source>The demo manifest could not be written to &quot;%1&quot;.</source>
        <translation>Das Demo-Manifest konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fm::DlibFaceFinder</name>
    <message>
        <source>The landmark model &quot;%1&quot; does not exist.</source>
        <translation type="vanished">Das Landmarkenmodell „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The landmark model &quot;%1&quot; could not be read.</source>
        <translation type="vanished">Das Landmarkenmodell „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The landmark model &quot;%1&quot; has %2 points, not 68.</source>
        <translation type="vanished">Das Landmarkenmodell „%1“ hat %2 Punkte, nicht 68.</translation>
    </message>
</context>
<context>
    <name>fm::EmbeddingTable</name>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="28"/>
        <source>There are no clips to evaluate.</source>
        <translation>Es gibt keine Clips zum Auswerten.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="30"/>
        <source>The embeddings have no dimensions.</source>
        <translation>Die Embeddings haben keine Dimensionen.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="32"/>
        <source>The embedding table is inconsistent: %1 clips, %2 subject labels, %3 motion labels and %4 values for %5 dimensions.</source>
        <translation>Die Embedding-Tabelle ist inkonsistent: %1 Clips, %2 Personenlabels, %3 Bewegungslabels und %4 Werte für %5 Dimensionen.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="49"/>
        <source>Clip %1 (&quot;%2&quot;) has no subject or no motion label.</source>
        <translation>Clip %1 („%2“) hat kein Personen- oder kein Bewegungslabel.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="52"/>
        <source>The clip &quot;%1&quot; appears twice; every clip must be listed once.</source>
        <translation>Der Clip „%1“ kommt doppelt vor; jeder Clip darf nur einmal aufgeführt sein.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="60"/>
        <source>The embedding of clip %1 (&quot;%2&quot;) contains a value that is not a finite number (NaN or infinity).</source>
        <translation>Das Embedding von Clip %1 („%2“) enthält einen Wert, der keine endliche Zahl ist (NaN oder unendlich).</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="67"/>
        <source>The embedding of clip %1 (&quot;%2&quot;) is all zeros; it has no direction to compare.</source>
        <translation>Das Embedding von Clip %1 („%2“) besteht nur aus Nullen; es hat keine Richtung zum Vergleichen.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="116"/>
        <source>The embeddings file &quot;%1&quot; could not be opened.</source>
        <translation>Die Embedding-Datei „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="133"/>
        <source>Line %1 of &quot;%2&quot; has an unterminated quoted field.</source>
        <translation>Zeile %1 von „%2“ hat ein nicht abgeschlossenes Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="144"/>
        <source>Line %1 of &quot;%2&quot; is not a valid header: expected &quot;clip,subject,motion,e0,e1,...&quot;.</source>
        <translation>Zeile %1 von „%2“ ist keine gültige Kopfzeile: erwartet „clip,subject,motion,e0,e1,...“.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="151"/>
        <source>Line %1 of &quot;%2&quot; has %3 fields, but the header (line %4) has %5.</source>
        <translation>Zeile %1 von „%2“ hat %3 Felder, die Kopfzeile (Zeile %4) aber %5.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="164"/>
        <source>Line %1 of &quot;%2&quot;, column e%3: &quot;%4&quot; is not a finite number.</source>
        <translation>Zeile %1 von „%2“, Spalte e%3: „%4“ ist keine endliche Zahl.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="173"/>
        <source>The embeddings file &quot;%1&quot; is empty.</source>
        <translation>Die Embedding-Datei „%1“ ist leer.</translation>
    </message>
    <message>
        <location filename="../core/eval/embeddingtable.cpp" line="175"/>
        <source>The embeddings file &quot;%1&quot; has a header but no clips.</source>
        <translation>Die Embedding-Datei „%1“ hat eine Kopfzeile, aber keine Clips.</translation>
    </message>
</context>
<context>
    <name>fm::ExperimentDialog</name>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="66"/>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="73"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="79"/>
        <source>&amp;Preset:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="82"/>
        <source>letters, digits, . _ + -</source>
        <translation>Buchstaben, Ziffern, . _ + -</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="83"/>
        <source>Run &amp;name:</source>
        <translation>&amp;Name des Laufs:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="90"/>
        <source>Model and loss</source>
        <translation>Modell und Loss</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="94"/>
        <source>SFE-L (landmark net)</source>
        <translation>SFE-L (Landmarken-Netz)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="95"/>
        <source>SFE-E (expression net)</source>
        <translation>SFE-E (Ausdrucks-Netz)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="96"/>
        <source>SFE-M (MobileFaceNet)</source>
        <translation>SFE-M (MobileFaceNet)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="97"/>
        <source>&amp;SFE (feature extractor):</source>
        <translation>&amp;SFE (Merkmalsextraktor):</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="100"/>
        <source>made by fmstudio-cli pretrain-sfe --out FILE</source>
        <translation>erstellt mit fmstudio-cli pretrain-sfe --out DATEI</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="101"/>
        <source>SFE-M: the MobileFaceNet checkpoint whose features the runs use (the job computes missing ones first)</source>
        <translation>SFE-M: der MobileFaceNet-Checkpoint, dessen Merkmale die Läufe verwenden (der Job berechnet fehlende zuerst)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="103"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="105"/>
        <source>SFE-M checkpoint</source>
        <translation>SFE-M-Checkpoint</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="107"/>
        <source>Checkpoints (*.pt);;All files (*)</source>
        <translation>Checkpoints (*.pt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="114"/>
        <source>SFE-M checkpoint:</source>
        <translation>SFE-M-Checkpoint:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="117"/>
        <source>Contrastive, similarity (seed 000, m_c)</source>
        <translation>Kontrastiv, Ähnlichkeit (Seed 000, m_c)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="118"/>
        <source>Contrastive, distance (seed 001, m_p, m_n)</source>
        <translation>Kontrastiv, Distanz (Seed 001, m_p, m_n)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="119"/>
        <source>N-pair (temperature τ)</source>
        <translation>N-Pair (Temperatur τ)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="120"/>
        <source>&amp;Loss:</source>
        <translation>&amp;Loss:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="122"/>
        <source>Margin m_&amp;c:</source>
        <translation>Margin m_&amp;c:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="124"/>
        <source>Pos&amp;itive margin m_p:</source>
        <translation>Pos&amp;itive Margin m_p:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="126"/>
        <source>Ne&amp;gative margin m_n:</source>
        <translation>Ne&amp;gative Margin m_n:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="128"/>
        <source>Te&amp;mperature τ:</source>
        <translation>Te&amp;mperatur τ:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="129"/>
        <source>Random t&amp;rimming of neutral frames</source>
        <translation>Zuf&amp;älliges Trimmen neutraler Bilder</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="133"/>
        <source>None (baseline)</source>
        <translation>Keins (Baseline)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="134"/>
        <source>SS (twin clips by image transforms)</source>
        <translation>SS (Zwillingsclips durch Bildtransformationen)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="135"/>
        <source>SS+ (contrastive subclips)</source>
        <translation>SS+ (kontrastive Teilclips)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="136"/>
        <source>Pre&amp;training:</source>
        <translation>Vor&amp;training:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="139"/>
        <source>Pretraining epoc&amp;hs:</source>
        <translation>Vortrainings-Epoc&amp;hen:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="143"/>
        <source>SS: transformed feature views computed per clip (colour distortion, blur, temporal padding; features recomputed)</source>
        <translation>SS: transformierte Merkmalsansichten je Clip (Farbverzerrung, Unschärfe, zeitliches Auffüllen; Merkmale neu berechnet)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="145"/>
        <source>SS views per clip:</source>
        <translation>SS-Ansichten je Clip:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="149"/>
        <source>Data and protocol</source>
        <translation>Daten und Protokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="151"/>
        <source>&amp;Facial motions (FM)</source>
        <translation>Gesichtsbe&amp;wegungen (GB)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="152"/>
        <source>Lip mo&amp;vements (LM)</source>
        <translation>Li&amp;ppenbewegungen (LB)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="153"/>
        <source>Recorded compo&amp;und motions</source>
        <translation>Aufgenommene &amp;zusammengesetzte Bewegungen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="154"/>
        <source>S&amp;ynthesise compound clips (seed 001)</source>
        <translation>Zusammengesetzte Clips s&amp;ynthetisieren (Seed 001)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="155"/>
        <source>Include clips &amp;waiting for review</source>
        <translation>Clips mit offener Prüf&amp;ung einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="156"/>
        <source>Include e&amp;xcluded clips</source>
        <translation>&amp;Ausgeschlossene Clips einbeziehen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="164"/>
        <source>Fixed train/validation split</source>
        <translation>Feste Trainings-/Validierungsaufteilung</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="165"/>
        <source>k-fold cross-validation (subject-disjoint)</source>
        <translation>k-fache Kreuzvalidierung (personendisjunkt)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="166"/>
        <source>Margin grid m_p × m_n (16 runs)</source>
        <translation>Margin-Raster m_p × m_n (16 Läufe)</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="167"/>
        <source>Ablation set</source>
        <translation>Ablationsreihe</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="168"/>
        <source>Pr&amp;otocol:</source>
        <translation>Pr&amp;otokoll:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="170"/>
        <source>Folds &amp;k:</source>
        <translation>Folds &amp;k:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="172"/>
        <source>Share of validation sub&amp;jects:</source>
        <translation>Anteil &amp;der Validierungspersonen:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="174"/>
        <source>SFE</source>
        <translation>SFE</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="174"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="174"/>
        <source>Trimming</source>
        <translation>Trimmen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="174"/>
        <source>Pretraining</source>
        <translation>Vortraining</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="175"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="182"/>
        <source>Ablation axes:</source>
        <translation>Ablationsachsen:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="186"/>
        <source>Optimisation</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="190"/>
        <source>&amp;Epochs:</source>
        <translation>&amp;Epochen:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="192"/>
        <source>&amp;Batch (N pos. + N neg. pairs):</source>
        <translation>&amp;Batch (N pos. + N neg. Paare):</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="194"/>
        <source>Le&amp;arning rate:</source>
        <translation>Lern&amp;rate:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="196"/>
        <source>Ran&amp;dom seed:</source>
        <translation>Zu&amp;falls-Seed:</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="209"/>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="423"/>
        <source>Give the run a name.</source>
        <translation>Geben Sie dem Lauf einen Namen.</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="425"/>
        <source>The run name may hold only letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot;.</source>
        <translation>Der Name des Laufs darf nur Buchstaben, Ziffern, „.“, „_“, „+“ und „-“ enthalten.</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="431"/>
        <source>SFE-M needs a checkpoint made by fmstudio-cli pretrain-sfe: choose it under &quot;SFE-M checkpoint&quot;.</source>
        <translation>SFE-M braucht einen mit fmstudio-cli pretrain-sfe erstellten Checkpoint: unter „SFE-M-Checkpoint“ wählen.</translation>
    </message>
    <message>
        <source>SS pretraining recomputes the features of transformed frames, which the job can do only for SFE-L and SFE-E; choose another feature extractor or another pretraining.</source>
        <translation type="vanished">SS-Vortraining berechnet die Merkmale transformierter Bilder neu; das kann der Auftrag nur für SFE-L und SFE-E. Wählen Sie einen anderen Merkmalsextraktor oder ein anderes Vortraining.</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="443"/>
        <source>A run named &quot;%1&quot; exists already; choose another name.</source>
        <translation>Ein Lauf namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="449"/>
        <source>Choose at least one kind of data (FM, LM or compound).</source>
        <translation>Wählen Sie mindestens eine Datenart (GB, LB oder zusammengesetzt).</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="477"/>
        <source>The project has no clips of the chosen kinds and review states.</source>
        <translation>Das Projekt hat keine Clips der gewählten Arten und Prüfstatus.</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="479"/>
        <source>Only %1 subject(s) have two motions with two clips each; training needs at least 2 (one to train, one to validate).</source>
        <translation>Nur %1 Person(en) haben zwei Bewegungen mit je zwei Clips; das Training braucht mindestens 2 (eine zum Trainieren, eine zum Validieren).</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="483"/>
        <source>%1-fold cross-validation needs at least %1 such subjects; the chosen data has %2.</source>
        <translation>Eine %1-fache Kreuzvalidierung braucht mindestens %1 solche Personen; die gewählten Daten haben %2.</translation>
    </message>
    <message>
        <source>%1 clips have no SFE-M features and the job cannot compute them (only SFE-L and SFE-E); choose another feature extractor.</source>
        <translation type="vanished">%1 Clips haben keine SFE-M-Merkmale, und der Job kann sie nicht berechnen (nur SFE-L und SFE-E); wählen Sie einen anderen Merkmalsextraktor.</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="523"/>
        <source>SS: the job first computes %1 transformed feature view(s) of every clip (colour distortion, blur, temporal padding; features recomputed).</source>
        <translation>SS: Der Auftrag berechnet zuerst %1 transformierte Merkmalsansicht(en) jedes Clips (Farbverzerrung, Unschärfe, zeitliches Auffüllen; Merkmale neu berechnet).</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentdialog.cpp" line="541"/>
        <source>%1 clips have no %2 features yet; the job computes them first (the clips are analysed: this takes a while).</source>
        <translation>%1 Clips haben noch keine %2-Merkmale; der Job berechnet sie zuerst (die Clips werden analysiert: das dauert eine Weile).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/experimentdialog.cpp" line="581"/>
        <source>%n run(s) will be queued: %1</source>
        <translation>
            <numerusform>%n Lauf wird eingereiht: %1</numerusform>
            <numerusform>%n Läufe werden eingereiht: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::ExperimentPlan</name>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="173"/>
        <source>Unknown plan key &quot;%1&quot;.</source>
        <translation>Unbekannter Planschlüssel „%1“.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="179"/>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="186"/>
        <source>&quot;protocol&quot; must be one of: %1.</source>
        <translation>„protocol“ muss eines der folgenden sein: %1.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="188"/>
        <source>&quot;base&quot; must be an object (a training config).</source>
        <translation>„base“ muss ein Objekt sein (eine Trainingskonfiguration).</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="191"/>
        <source>The plan&apos;s base config is not valid: %1</source>
        <translation>Die Basiskonfiguration des Plans ist ungültig: %1</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="195"/>
        <source>&quot;axes&quot; must be a list of: %1.</source>
        <translation>„axes“ muss eine Liste aus folgenden sein: %1.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="198"/>
        <source>&quot;axes&quot; must list distinct axes among: %1.</source>
        <translation>„axes“ muss verschiedene Achsen aus folgenden auflisten: %1.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="204"/>
        <source>An ablation plan needs at least one axis in &quot;axes&quot;.</source>
        <translation>Ein Ablationsplan braucht mindestens eine Achse in „axes“.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="220"/>
        <source>The plan &quot;%1&quot; could not be read.</source>
        <translation>Der Plan „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="224"/>
        <source>The plan &quot;%1&quot; is not a JSON object.</source>
        <translation>Der Plan „%1“ ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="261"/>
        <source>as configured</source>
        <translation>wie konfiguriert</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="267"/>
        <source>%1-fold cross-validation</source>
        <translation>%1-fache Kreuzvalidierung</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="269"/>
        <source>fixed split</source>
        <translation>feste Aufteilung</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="279"/>
        <source>m_p %1, m_n %2</source>
        <translation>m_p %1, m_n %2</translation>
    </message>
    <message>
        <location filename="../core/train/experimentplan.cpp" line="299"/>
        <source>The plan expands to no run.</source>
        <translation>Der Plan ergibt keinen Lauf.</translation>
    </message>
</context>
<context>
    <name>fm::ExperimentsPage</name>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="63"/>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="65"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="67"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="69"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="71"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="130"/>
        <source>ETA %1</source>
        <translation>Restzeit %1</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="167"/>
        <source>New experiment…</source>
        <translation>Neues Experiment …</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="167"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="169"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="169"/>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="171"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="171"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="173"/>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="173"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="175"/>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="177"/>
        <source>Open results</source>
        <translation>Ergebnisse öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="206"/>
        <source>The selected job&apos;s log appears here.</source>
        <translation>Hier erscheint das Protokoll des ausgewählten Jobs.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/experimentspage.cpp" line="283"/>
        <source>%n experiment run(s) queued.</source>
        <translation>
            <numerusform>%n Experimentlauf eingereiht.</numerusform>
            <numerusform>%n Experimentläufe eingereiht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="291"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="358"/>
        <source> — last validation AP %1</source>
        <translation> — letzte Validierungs-AP %1</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="397"/>
        <source>Stop the job before deleting it.</source>
        <translation>Halten Sie den Job an, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="398"/>
        <source>Delete run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <location filename="../app/studio/experimentspage.cpp" line="399"/>
        <source>Delete the run &quot;%1&quot; and its folder %2 (model, checkpoints, results)? This cannot be undone.</source>
        <translation>Den Lauf „%1“ und seinen Ordner %2 (Modell, Checkpoints, Ergebnisse) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>fm::ExprFaceFinder</name>
    <message>
        <location filename="../core/expr/facecrops.cpp" line="47"/>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <location filename="../core/expr/facecrops.cpp" line="51"/>
        <source>No face was found in the image.</source>
        <translation>Im Bild wurde kein Gesicht gefunden.</translation>
    </message>
</context>
<context>
    <name>fm::ExprRateBars</name>
    <message>
        <location filename="../widgets/exprratebars.cpp" line="50"/>
        <source>Appearance rates appear after an analysis with reference faces.</source>
        <translation>Auftrittsraten erscheinen nach einer Analyse mit Referenzgesichtern.</translation>
    </message>
</context>
<context>
    <name>fm::ExprTimeline</name>
    <message>
        <location filename="../widgets/exprtimeline.cpp" line="101"/>
        <source>No identities yet: open a video and analyse it.</source>
        <translation>Noch keine Identitäten: Öffnen Sie ein Video und analysieren Sie es.</translation>
    </message>
</context>
<context>
    <name>fm::ExpressionAnalyzer</name>
    <message>
        <location filename="../core/expr/expressionanalyzer.cpp" line="96"/>
        <source>Finding faces</source>
        <translation>Gesichter werden gesucht</translation>
    </message>
    <message>
        <location filename="../core/expr/expressionanalyzer.cpp" line="158"/>
        <source>No frame of %1 could be decoded.</source>
        <translation>Kein Bild von %1 ließ sich dekodieren.</translation>
    </message>
    <message>
        <location filename="../core/expr/expressionanalyzer.cpp" line="165"/>
        <source>Clustering identities</source>
        <translation>Identitäten werden gruppiert</translation>
    </message>
    <message>
        <location filename="../core/expr/expressionanalyzer.cpp" line="302"/>
        <source>Cutting face images</source>
        <translation>Gesichtsbilder werden ausgeschnitten</translation>
    </message>
</context>
<context>
    <name>fm::ExpressionsPage</name>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="109"/>
        <source>Open video…</source>
        <translation>Video öffnen …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="110"/>
        <source>Reference folder…</source>
        <translation>Referenzordner …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="111"/>
        <source>FEENet head…</source>
        <translation>FEENet-Kopf …</translation>
    </message>
    <message>
        <source>A head trained with `fmstudio-cli expressions train`; without one the 16-d head is an untrained fixed projection.</source>
        <translation type="vanished">Ein mit `fmstudio-cli expressions train` trainierter Kopf; ohne ihn ist der 16-d-Kopf eine untrainierte feste Projektion.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="112"/>
        <source>A head trained with `fmstudio-cli expressions train`. By default the head ./fm setup trained on the demo faces; without one the 16-d head is an untrained fixed projection.</source>
        <translation>Ein mit `fmstudio-cli expressions train` trainierter Kopf. Standard ist der Kopf, den ./fm setup auf den Demo-Gesichtern trainiert hat; ohne ihn ist der 16-d-Kopf eine untrainierte feste Projektion.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="116"/>
        <source>Add frame as reference…</source>
        <translation>Bild als Referenz hinzufügen …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="117"/>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="118"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="120"/>
        <source>Open a video to find people and their expressions.</source>
        <translation>Öffnen Sie ein Video, um Personen und ihre Ausdrücke zu finden.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="125"/>
        <source>Embedding: FEENet with face-api&apos;s expression feature extractor as the backbone (the paper&apos;s EfficientNet-B0 weights are not available) and a 16-d head. Identities: 128-d face descriptors + DBSCAN. FaceQA: eye sharpness ≥ 3.0, |yaw| ≤ 50°. Tags: median over 3 faces, distance &lt; 0.5.</source>
        <translation>Embedding: FEENet mit dem Ausdrucks-Merkmalsextraktor von face-api als Backbone (die EfficientNet-B0-Gewichte der Veröffentlichung sind nicht verfügbar) und einem 16-d-Kopf. Identitäten: 128-d-Gesichtsdeskriptoren + DBSCAN. FaceQA: Augenschärfe ≥ 3.0, |Gierwinkel| ≤ 50°. Tags: Median über 3 Gesichter, Distanz &lt; 0.5.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="158"/>
        <source>&lt;b&gt;Identities&lt;/b&gt;</source>
        <translation>&lt;b&gt;Identitäten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="160"/>
        <source>&lt;b&gt;Reference faces&lt;/b&gt;</source>
        <translation>&lt;b&gt;Referenzgesichter&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="168"/>
        <source>No video</source>
        <translation>Kein Video</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="181"/>
        <source>&lt;b&gt;Timeline&lt;/b&gt; (tagged segments per identity; click one to seek)</source>
        <translation>&lt;b&gt;Zeitleiste&lt;/b&gt; (markierte Abschnitte je Identität; Klick springt dorthin)</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="200"/>
        <source>&lt;b&gt;Appearance rates&lt;/b&gt;</source>
        <translation>&lt;b&gt;Auftrittsraten&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="202"/>
        <source>&lt;b&gt;Expression summary&lt;/b&gt; (Ward, 10 clusters)</source>
        <translation>&lt;b&gt;Ausdrucksübersicht&lt;/b&gt; (Ward, 10 Cluster)</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="221"/>
        <source>FEENet head</source>
        <translation>FEENet-Kopf</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="222"/>
        <source>FEENet head (*.pt)</source>
        <translation>FEENet-Kopf (*.pt)</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="255"/>
        <location filename="../app/studio/expressionspage.cpp" line="598"/>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="256"/>
        <source>unassigned</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="311"/>
        <source>The video %1 does not exist.</source>
        <translation>Das Video %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="317"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="352"/>
        <source>%1: %2 frames at %3 fps. Press Analyse.</source>
        <translation>%1: %2 Bilder mit %3 fps. Drücken Sie „Analysieren“.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="418"/>
        <source>Using the untrained FEENet head.</source>
        <translation>Der untrainierte FEENet-Kopf wird verwendet.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="419"/>
        <source>FEENet head: %1</source>
        <translation>FEENet-Kopf: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="437"/>
        <source>Loading reference faces…</source>
        <translation>Referenzgesichter werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="464"/>
        <source>Adding reference face “%1”…</source>
        <translation>Referenzgesicht „%1“ wird hinzugefügt …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="497"/>
        <source>Loading networks…</source>
        <translation>Netze werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="519"/>
        <source>%1: %2 / %3</source>
        <translation>%1: %2 / %3</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="538"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="545"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="549"/>
        <source> Identities: 128-d face descriptors + DBSCAN. FaceQA: eye sharpness ≥ 3.0, |yaw| ≤ 50°. Tags: median over 3 faces, distance &lt; 0.5. Across people (heads trained identity-relative), each face is compared as it differs from its person&apos;s mean face, a reference as it differs from its person&apos;s mean face in this video (a face picked from the video), else from the neutral face stored with it (NAME.neutral.png), else from the library&apos;s mean face (3 or more references), else from the mean face of the video&apos;s people.</source>
        <translation> Identitäten: 128-d-Gesichtsdeskriptoren + DBSCAN. FaceQA: Augenschärfe ≥ 3.0, |Gierwinkel| ≤ 50°. Tags: Median über 3 Gesichter, Distanz &lt; 0.5. Personenübergreifend (identitätsrelativ trainierte Köpfe) wird jedes Gesicht als Abweichung vom mittleren Gesicht seiner Person verglichen, eine Referenz als Abweichung vom mittleren Gesicht ihrer Person in diesem Video (ein aus dem Video gewähltes Gesicht), sonst vom mit ihr gespeicherten neutralen Gesicht (NAME.neutral.png), sonst vom mittleren Gesicht der Bibliothek (ab 3 Referenzen), sonst vom mittleren Gesicht der Personen im Video.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="569"/>
        <source>Compared as: %1</source>
        <translation>Verglichen als: %1</translation>
    </message>
    <message>
        <source> Identities: 128-d face descriptors + DBSCAN. FaceQA: eye sharpness ≥ 3.0, |yaw| ≤ 50°. Tags: median over 3 faces, distance &lt; 0.5.</source>
        <translation type="vanished"> Identitäten: 128-d-Gesichtsdeskriptoren + DBSCAN. FaceQA: Augenschärfe ≥ 3.0, |Gierwinkel| ≤ 50°. Tags: Median über 3 Gesichter, Distanz &lt; 0.5.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="580"/>
        <source>%1 identities, %2 of %3 faces accepted by FaceQA, %4 frames/s.</source>
        <translation>%1 Identitäten, %2 von %3 Gesichtern von FaceQA akzeptiert, %4 Bilder/s.</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="600"/>
        <source>%1
%2 faces</source>
        <translation>%1
%2 Gesichter</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="635"/>
        <source>%1 faces
%2 s</source>
        <translation>%1 Gesichter
%2 s</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="646"/>
        <source>Open video</source>
        <translation>Video öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="647"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm)</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="654"/>
        <source>Reference library folder</source>
        <translation>Ordner der Referenzbibliothek</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="663"/>
        <location filename="../app/studio/expressionspage.cpp" line="668"/>
        <source>Add reference face</source>
        <translation>Referenzgesicht hinzufügen</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="664"/>
        <source>Name of the expression in this frame:</source>
        <translation>Name des Ausdrucks in diesem Bild:</translation>
    </message>
    <message>
        <location filename="../app/studio/expressionspage.cpp" line="669"/>
        <source>Tags (comma separated):</source>
        <translation>Tags (durch Kommas getrennt):</translation>
    </message>
</context>
<context>
    <name>fm::FaceNets</name>
    <message>
        <location filename="../core/nets/facefeaturenet.cpp" line="261"/>
        <source>The expression network gives no landmarks.</source>
        <translation>Das Ausdrucks-Netz liefert keine Landmarken.</translation>
    </message>
    <message>
        <location filename="../core/nets/facefeaturenet.cpp" line="277"/>
        <source>The face box lies outside the image.</source>
        <translation>Der Gesichtsrahmen liegt außerhalb des Bildes.</translation>
    </message>
    <message>
        <location filename="../core/nets/torchops_p.cpp" line="143"/>
        <source>%1: no images were given.</source>
        <translation>%1: Es wurden keine Bilder angegeben.</translation>
    </message>
    <message>
        <location filename="../core/nets/torchops_p.cpp" line="146"/>
        <source>%1: image %2 is empty or not an 8-bit (BGR, BGRA, grey) or float RGB image.</source>
        <translation>%1: Bild %2 ist leer oder kein 8-Bit-Bild (BGR, BGRA, Grau) bzw. Float-RGB-Bild.</translation>
    </message>
</context>
<context>
    <name>fm::FacialAction</name>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="170"/>
        <source>Brow raise</source>
        <translation>Brauen heben</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="171"/>
        <source>Brow lower</source>
        <translation>Brauen senken</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="172"/>
        <source>Wink left</source>
        <translation>Zwinkern links</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="173"/>
        <source>Wink right</source>
        <translation>Zwinkern rechts</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="174"/>
        <source>Blink</source>
        <translation>Blinzeln</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="175"/>
        <source>Eye squeeze</source>
        <translation>Augen zusammenkneifen</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="176"/>
        <source>Smile</source>
        <translation>Lächeln</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="177"/>
        <source>Smile left</source>
        <translation>Lächeln links</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="178"/>
        <source>Smile right</source>
        <translation>Lächeln rechts</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="179"/>
        <source>Lip corner depressor</source>
        <translation>Mundwinkel senken</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="180"/>
        <source>Pucker</source>
        <translation>Lippen spitzen</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="181"/>
        <source>Lip press</source>
        <translation>Lippen pressen</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="182"/>
        <source>Mouth open</source>
        <translation>Mund öffnen</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="183"/>
        <source>Lip stretch</source>
        <translation>Lippen dehnen</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="184"/>
        <source>Pout left</source>
        <translation>Schmollmund links</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="185"/>
        <source>Pout right</source>
        <translation>Schmollmund rechts</translation>
    </message>
    <message>
        <location filename="../core/synth/facialactions.cpp" line="186"/>
        <source>Nose wrinkle</source>
        <translation>Nase rümpfen</translation>
    </message>
</context>
<context>
    <name>fm::FailedPairGallery</name>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="242"/>
        <source>False positives (%1)</source>
        <translation>Falsch-Positive (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="243"/>
        <source>False negatives (%1)</source>
        <translation>Falsch-Negative (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="245"/>
        <source>Open a run to see its failed pairs.</source>
        <translation>Öffnen Sie einen Lauf, um seine Fehlpaare zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="248"/>
        <source>At threshold %1 (accept when score ≥ threshold), worst first. Each row: clip A and clip B at onset, apex and offset. Double-click a pair to play it.</source>
        <translation>Bei Schwelle %1 (akzeptiert, wenn Score ≥ Schwelle), schlechteste zuerst. Jede Zeile: Clip A und Clip B bei Beginn, Höhepunkt und Ende. Doppelklick spielt ein Paar ab.</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="254"/>
        <source>pairs.csv lists only a sample of the negative pairs (rate %1): the false positives shown are the sampled ones.</source>
        <translation>pairs.csv enthält nur eine Stichprobe der negativen Paare (Rate %1): Die gezeigten Falsch-Positiven sind die gezogenen.</translation>
    </message>
</context>
<context>
    <name>fm::FailedPairModel</name>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="92"/>
        <source>#%1  %2 %3 (clip %4)  vs  %5 %6 (clip %7)
score %8, distance %9, %10 %11 the threshold</source>
        <translation>#%1  %2 %3 (Clip %4)  vs.  %5 %6 (Clip %7)
Score %8, Distanz %9, %10 %11 der Schwelle</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="99"/>
        <source>above</source>
        <translation>über</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="99"/>
        <source>below</source>
        <translation>unter</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="102"/>
        <source>Different motions accepted as the same (score ≥ threshold)</source>
        <translation>Verschiedene Bewegungen als gleich akzeptiert (Score ≥ Schwelle)</translation>
    </message>
    <message>
        <location filename="../app/studio/failedpairgallery.cpp" line="103"/>
        <source>Repetitions of the same motion rejected (score &lt; threshold)</source>
        <translation>Wiederholungen derselben Bewegung abgelehnt (Score &lt; Schwelle)</translation>
    </message>
</context>
<context>
    <name>fm::FeatureCache</name>
    <message>
        <location filename="../core/nets/featurecache.cpp" line="98"/>
        <source>The feature cache key needs a clip hash and an SFE id.</source>
        <translation>Der Schlüssel des Merkmals-Caches braucht einen Clip-Hash und eine SFE-Kennung.</translation>
    </message>
    <message>
        <location filename="../core/nets/featurecache.cpp" line="100"/>
        <source>Only a non-empty N x D float matrix can be cached.</source>
        <translation>Nur eine nicht leere N x D Float-Matrix kann zwischengespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/nets/featurecache.cpp" line="126"/>
        <location filename="../core/nets/featurecache.cpp" line="130"/>
        <source>The feature cache &quot;%1&quot; could not be written.</source>
        <translation>Der Merkmals-Cache „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/nets/featurecache.cpp" line="140"/>
        <source>No cached features for this clip and SFE (&quot;%1&quot;).</source>
        <translation>Keine zwischengespeicherten Merkmale für diesen Clip und SFE („%1“).</translation>
    </message>
    <message>
        <location filename="../core/nets/featurecache.cpp" line="142"/>
        <source>The feature cache &quot;%1&quot; could not be read.</source>
        <translation>Der Merkmals-Cache „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/nets/featurecache.cpp" line="145"/>
        <source>The feature cache &quot;%1&quot; is corrupt (truncated or damaged).</source>
        <translation>Der Merkmals-Cache „%1“ ist beschädigt (abgeschnitten oder defekt).</translation>
    </message>
    <message>
        <location filename="../core/nets/featurecache.cpp" line="161"/>
        <source>The feature cache &quot;%1&quot; belongs to another clip, SFE or crop setting.</source>
        <translation>Der Merkmals-Cache „%1“ gehört zu einem anderen Clip, SFE oder Zuschnitt.</translation>
    </message>
</context>
<context>
    <name>fm::FeatureSet</name>
    <message>
        <location filename="../core/train/featureset.cpp" line="80"/>
        <source>The features have no dimension.</source>
        <translation>Die Merkmale haben keine Dimension.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="82"/>
        <source>There are no clips to train on.</source>
        <translation>Es gibt keine Clips zum Trainieren.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="87"/>
        <source>Clip ids must be unique and non-empty (&quot;%1&quot;).</source>
        <translation>Clip-Kennungen müssen eindeutig und nicht leer sein („%1“).</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="90"/>
        <source>Clip &quot;%1&quot; has no subject or motion.</source>
        <translation>Clip „%1“ hat keine Person oder Bewegung.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="92"/>
        <source>Clip &quot;%1&quot; has no frames or the wrong number of values.</source>
        <translation>Clip „%1“ hat keine Bilder oder die falsche Anzahl an Werten.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="95"/>
        <location filename="../core/train/featureset.cpp" line="101"/>
        <source>Clip &quot;%1&quot; has a feature that is not a finite number.</source>
        <translation>Clip „%1“ hat ein Merkmal, das keine endliche Zahl ist.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="99"/>
        <source>A view of clip &quot;%1&quot; has the wrong number of values.</source>
        <translation>Eine Ansicht des Clips „%1“ hat die falsche Anzahl von Werten.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="106"/>
        <source>Clip &quot;%1&quot; has onset/offset markers outside the clip or in the wrong order.</source>
        <translation>Clip „%1“ hat Beginn-/Ende-Marken außerhalb des Clips oder in falscher Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="113"/>
        <source>Subject &quot;%1&quot; has only one motion: no negative pair can be formed with the same subject.</source>
        <translation>Person „%1“ hat nur eine Bewegung: Mit derselben Person lässt sich kein negatives Paar bilden.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="118"/>
        <source>Motion &quot;%1&quot; of subject &quot;%2&quot; has only one clip: no positive pair can be formed.</source>
        <translation>Bewegung „%1“ von Person „%2“ hat nur einen Clip: Es lässt sich kein positives Paar bilden.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="133"/>
        <source>The features do not record motion kinds (clip &quot;%1&quot;), so &quot;kinds&quot; (%2) cannot be applied. Write the bundle again with this version (fmstudio-cli features PROJECT --bundle FILE) or train on the project.</source>
        <translation>Die Merkmale verzeichnen keine Bewegungsarten (Clip &quot;%1&quot;), daher kann &quot;kinds&quot; (%2) nicht angewendet werden. Schreiben Sie das Bündel mit dieser Version neu (fmstudio-cli features PROJEKT --bundle DATEI) oder trainieren Sie auf dem Projekt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/train/featureset.cpp" line="331"/>
        <source>%n clip(s) have fewer than %1 cached SS views; compute the features with that many views first.</source>
        <translation>
            <numerusform>%n Clip hat weniger als %1 zwischengespeicherte SS-Ansichten; berechnen Sie zuerst die Merkmale mit so vielen Ansichten.</numerusform>
            <numerusform>%n Clips haben weniger als %1 zwischengespeicherte SS-Ansichten; berechnen Sie zuerst die Merkmale mit so vielen Ansichten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/train/featureset.cpp" line="339"/>
        <source>%n clip(s) have no cached features for &quot;%1&quot;; compute the features first.</source>
        <translation>
            <numerusform>%n Clip hat keine zwischengespeicherten Merkmale für „%1“; berechnen Sie zuerst die Merkmale.</numerusform>
            <numerusform>%n Clips haben keine zwischengespeicherten Merkmale für „%1“; berechnen Sie zuerst die Merkmale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::FeeNet</name>
    <message>
        <source>FEENet: face-api expression feature extractor (256-d, frozen) + trained 16-d head. EfficientNet-B0 weights are not available.</source>
        <translation type="vanished">FEENet: Ausdrucks-Merkmalsextraktor von face-api (256-d, eingefroren) + trainierter 16-d-Kopf. EfficientNet-B0-Gewichte sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="143"/>
        <source>FEENet: face-api expression feature extractor (256-d, frozen) + trained 16-d head on identity-relative features (each face minus its person&apos;s mean feature). EfficientNet-B0 weights are not available.</source>
        <translation>FEENet: Ausdrucks-Merkmalsextraktor von face-api (256-d, eingefroren) + trainierter 16-d-Kopf auf identitätsrelativen Merkmalen (jedes Gesicht minus das mittlere Merkmal seiner Person). EfficientNet-B0-Gewichte sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="147"/>
        <source>FEENet: face-api expression feature extractor (256-d, frozen) + trained 16-d head on raw features. EfficientNet-B0 weights are not available.</source>
        <translation>FEENet: Ausdrucks-Merkmalsextraktor von face-api (256-d, eingefroren) + trainierter 16-d-Kopf auf Rohmerkmalen. EfficientNet-B0-Gewichte sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="149"/>
        <source>FEENet: face-api expression feature extractor (256-d) + untrained 16-d head (fixed random projection). EfficientNet-B0 weights are not available.</source>
        <translation>FEENet: Ausdrucks-Merkmalsextraktor von face-api (256-d) + untrainierter 16-d-Kopf (feste Zufallsprojektion). EfficientNet-B0-Gewichte sind nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="205"/>
        <source>There are no usable training triplets (each needs three %1-d feature rows).</source>
        <translation>Es gibt keine brauchbaren Trainings-Triplets (jedes braucht drei %1-d-Merkmalszeilen).</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="210"/>
        <source>The held-out triplets are malformed.</source>
        <translation>Die zurückgehaltenen Triplets sind fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="212"/>
        <source>Epochs, batch size and learning rate must be positive.</source>
        <translation>Epochen, Batchgröße und Lernrate müssen positiv sein.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="272"/>
        <source>The FEENet head could not be serialised.</source>
        <translation>Der FEENet-Kopf konnte nicht serialisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="278"/>
        <source>The FEENet head could not be written to %1.</source>
        <translation>Der FEENet-Kopf konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="288"/>
        <source>The FEENet head %1 cannot be read.</source>
        <translation>Der FEENet-Kopf %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/feenet.cpp" line="298"/>
        <source>%1 is not a FEENet head file.</source>
        <translation>%1 ist keine FEENet-Kopfdatei.</translation>
    </message>
</context>
<context>
    <name>fm::IdentityDescriptor</name>
    <message>
        <location filename="../core/nets/identitydescriptor.cpp" line="26"/>
        <source>No face descriptors to combine.</source>
        <translation>Keine Gesichtsdeskriptoren zum Kombinieren.</translation>
    </message>
    <message>
        <location filename="../core/nets/identitydescriptor.cpp" line="28"/>
        <source>The good-frame flags do not match the number of descriptors.</source>
        <translation>Die Markierungen guter Bilder passen nicht zur Anzahl der Deskriptoren.</translation>
    </message>
    <message>
        <location filename="../core/nets/identitydescriptor.cpp" line="35"/>
        <location filename="../core/nets/identitydescriptor.cpp" line="72"/>
        <source>The clip has no good frames to describe the face.</source>
        <translation>Der Clip hat keine guten Bilder, die das Gesicht beschreiben.</translation>
    </message>
    <message>
        <location filename="../core/nets/identitydescriptor.cpp" line="60"/>
        <source>Frames, landmarks and good-frame flags differ in length.</source>
        <translation>Bilder, Landmarken und Markierungen guter Bilder sind unterschiedlich lang.</translation>
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
        <translation>Das Namensmuster „%1“ muss {subject} und {motion} enthalten (und meist {rep}).</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="143"/>
        <source>The naming pattern &quot;%1&quot; must not start or end with &quot;/&quot;.</source>
        <translation>Das Namensmuster „%1“ darf nicht mit „/“ beginnen oder enden.</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="157"/>
        <source>The naming pattern uses %1 twice.</source>
        <translation>Das Namensmuster verwendet %1 zweimal.</translation>
    </message>
    <message>
        <location filename="../core/project/clipimport.cpp" line="170"/>
        <source>Unknown token in the naming pattern &quot;%1&quot;; use {subject}, {motion} and {rep}.</source>
        <translation>Unbekannter Platzhalter im Namensmuster „%1“; verwenden Sie {subject}, {motion} und {rep}.</translation>
    </message>
</context>
<context>
    <name>fm::JobQueue</name>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="41"/>
        <source>queued</source>
        <translation>eingereiht</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="42"/>
        <source>running</source>
        <translation>gestartet</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="43"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="44"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="45"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="193"/>
        <source>computing features</source>
        <translation>Merkmale werden berechnet</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="197"/>
        <source>SS+ epoch %1/%2</source>
        <translation>SS+-Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="197"/>
        <source>SS epoch %1/%2</source>
        <translation>SS-Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="200"/>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="341"/>
        <source>&quot;%1&quot; is not a valid run name: use letters, digits, &quot;.&quot;, &quot;_&quot;, &quot;+&quot; and &quot;-&quot; (up to 80).</source>
        <translation>„%1“ ist kein gültiger Laufname: Verwenden Sie Buchstaben, Ziffern, „.“, „_“, „+“ und „-“ (bis zu 80).</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="345"/>
        <source>A run named &quot;%1&quot; exists already.</source>
        <translation>Ein Lauf namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="373"/>
        <location filename="../core/train/jobqueue.cpp" line="393"/>
        <location filename="../core/train/jobqueue.cpp" line="412"/>
        <location filename="../core/train/jobqueue.cpp" line="424"/>
        <source>No such job.</source>
        <translation>Diesen Job gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="382"/>
        <source>The job &quot;%1&quot; is not running.</source>
        <translation>Der Job „%1“ läuft nicht.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="385"/>
        <source>Stopping: waiting for the checkpoint...</source>
        <translation>Wird angehalten: warte auf den Checkpoint …</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="396"/>
        <source>The job &quot;%1&quot; is already %2.</source>
        <translation>Der Job „%1“ ist bereits %2.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="398"/>
        <source>The job &quot;%1&quot; is done; use re-run for a new run.</source>
        <translation>Der Job „%1“ ist fertig; verwenden Sie „Erneut ausführen“ für einen neuen Lauf.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="400"/>
        <source>The job &quot;%1&quot; has no config to resume with.</source>
        <translation>Der Job „%1“ hat keine Konfiguration zum Fortsetzen.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="415"/>
        <source>The job has no config to run again.</source>
        <translation>Der Job hat keine Konfiguration für eine erneute Ausführung.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="427"/>
        <source>Stop the job &quot;%1&quot; before deleting it.</source>
        <translation>Halten Sie den Job „%1“ an, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="430"/>
        <source>The run folder &quot;%1&quot; could not be deleted completely.</source>
        <translation>Der Laufordner „%1“ konnte nicht vollständig gelöscht werden.</translation>
    </message>
    <message>
        <source>SS pretraining needs transformed %1 features, and fmstudio-cli features computes only sfe-l and sfe-e.</source>
        <translation type="vanished">SS-Vortraining braucht transformierte %1-Merkmale, und fmstudio-cli features berechnet nur sfe-l und sfe-e.</translation>
    </message>
    <message>
        <source>%1 clips have no cached %2 features, and fmstudio-cli features computes only sfe-l and sfe-e.</source>
        <translation type="vanished">%1 Clips haben keine zwischengespeicherten %2-Merkmale, und „fmstudio-cli features“ berechnet nur sfe-l und sfe-e.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="513"/>
        <source>%1 clips have no %2 features yet: computing them first.</source>
        <translation>%1 Clips haben noch keine %2-Merkmale: sie werden zuerst berechnet.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="517"/>
        <source>SS pretraining: computing %1 transformed %2 view(s) per clip first.</source>
        <translation>SS-Vortraining: zuerst werden %1 transformierte %2-Ansicht(en) je Clip berechnet.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="582"/>
        <source>The job&apos;s config could not be written to &quot;%1&quot;.</source>
        <translation>Die Konfiguration des Jobs konnte nicht nach „%1“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="672"/>
        <source>Stopped; resume continues from the last checkpoint.</source>
        <translation>Angehalten; Fortsetzen macht beim letzten Checkpoint weiter.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="677"/>
        <source>fmstudio-cli could not be started (%1).</source>
        <translation>fmstudio-cli konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="678"/>
        <source>The %1 process crashed or was killed.</source>
        <translation>Der Prozess %1 ist abgestürzt oder wurde beendet.</translation>
    </message>
    <message>
        <location filename="../core/train/jobqueue.cpp" line="679"/>
        <source>The %1 process ended with exit code %2.</source>
        <translation>Der Prozess %1 endete mit Exit-Code %2.</translation>
    </message>
</context>
<context>
    <name>fm::LandmarkPredictor</name>
    <message>
        <location filename="../core/face/landmarkpredictor.cpp" line="71"/>
        <source>The landmark model &quot;%1&quot; does not exist.</source>
        <translation>Das Landmarkenmodell „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/face/landmarkpredictor.cpp" line="83"/>
        <source>The landmark model &quot;%1&quot; could not be read.</source>
        <translation>Das Landmarkenmodell „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/face/landmarkpredictor.cpp" line="89"/>
        <source>The landmark model &quot;%1&quot; has %2 points, not 68.</source>
        <translation>Das Landmarkenmodell „%1“ hat %2 Punkte, nicht 68.</translation>
    </message>
</context>
<context>
    <name>fm::Losses</name>
    <message>
        <location filename="../core/train/losses.cpp" line="70"/>
        <source>The embeddings are empty or not a whole number of rows.</source>
        <translation>Die Embeddings sind leer oder keine ganze Anzahl von Zeilen.</translation>
    </message>
    <message>
        <location filename="../core/train/losses.cpp" line="106"/>
        <source>One label per embedding is needed.</source>
        <translation>Je Embedding wird ein Label benötigt.</translation>
    </message>
    <message>
        <location filename="../core/train/losses.cpp" line="114"/>
        <source>The loss could not be computed.</source>
        <translation>Der Loss konnte nicht berechnet werden.</translation>
    </message>
</context>
<context>
    <name>fm::MainWindow</name>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="40"/>
        <location filename="../app/studio/mainwindow.cpp" line="250"/>
        <source>FaceMotion Studio</source>
        <translation>FaceMotion Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="45"/>
        <source>A project holds the subjects, their facial motions and ten repetitions of each. Project folders are private to your user account: face videos are biometric data.</source>
        <translation>Ein Projekt enthält die Personen, ihre Gesichtsbewegungen und je zehn Wiederholungen. Projektordner sind nur für Ihr Benutzerkonto lesbar: Gesichtsvideos sind biometrische Daten.</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="75"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="81"/>
        <source>&amp;Import clips...</source>
        <translation>Clips &amp;importieren …</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="83"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="85"/>
        <source>&amp;Close project</source>
        <translation>Projekt &amp;schließen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="90"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="94"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="100"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="102"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="105"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="114"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="116"/>
        <source>&amp;About FaceMotion Studio</source>
        <translation>&amp;Über FaceMotion Studio</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="120"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="128"/>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="139"/>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="157"/>
        <source>&amp;Annotate</source>
        <translation>&amp;Annotieren</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="161"/>
        <source>&amp;Record</source>
        <translation>Au&amp;fnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="164"/>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="166"/>
        <source>E&amp;xpressions</source>
        <translation>A&amp;usdrücke</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="169"/>
        <source>Edit not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="172"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="174"/>
        <source>all changes</source>
        <translation>alle Änderungen</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="183"/>
        <source>The project was updated to the current format; a backup was kept at %1</source>
        <translation>Das Projekt wurde auf das aktuelle Format gebracht; eine Sicherung liegt unter %1</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="194"/>
        <source>Ex&amp;periments</source>
        <translation>Ex&amp;perimente</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="198"/>
        <source>Re&amp;sults</source>
        <translation>Er&amp;gebnisse</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="200"/>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="201"/>
        <source>&amp;Verify</source>
        <translation>Ver&amp;ifizieren</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="253"/>
        <source>%1 - FaceMotion Studio</source>
        <translation>%1 – FaceMotion Studio</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/mainwindow.cpp" line="263"/>
        <source>%n clip(s) imported</source>
        <translation>
            <numerusform>%n Clip importiert</numerusform>
            <numerusform>%n Clips importiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="44"/>
        <source>No project open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <location filename="../app/studio/mainwindow.cpp" line="60"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>fm::MobileFaceNet</name>
    <message>
        <location filename="../core/nets/mobilefacenet.cpp" line="171"/>
        <source>The SFE-M checkpoint &quot;%1&quot; does not exist.</source>
        <translation>Der SFE-M-Checkpoint „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/nets/mobilefacenet.cpp" line="183"/>
        <source>The SFE-M checkpoint &quot;%1&quot; could not be read.</source>
        <translation>Der SFE-M-Checkpoint „%1“ konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>fm::ModelLocator</name>
    <message>
        <location filename="../core/common/modellocator.cpp" line="63"/>
        <source>Run &quot;./fm setup&quot; in the FaceMotion Studio source folder (or install the facemotion-studio package).</source>
        <translation>Führen Sie „./fm setup“ im Quellordner von FaceMotion Studio aus (oder installieren Sie das Paket facemotion-studio).</translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="76"/>
        <source>The model file &quot;%1&quot; was not found. %2</source>
        <translation>Die Modelldatei „%1“ wurde nicht gefunden. %2</translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="79"/>
        <location filename="../core/common/modellocator.cpp" line="101"/>
        <location filename="../core/common/modellocator.cpp" line="120"/>
        <source>Searched: %1</source>
        <translation>Durchsucht: %1</translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="96"/>
        <source>dlib&apos;s 68-point landmark model &quot;%1&quot; was not found. Install it with &quot;sudo apt-get install libdlib-data&quot; or run &quot;./fm setup&quot;.</source>
        <translation>Das 68-Punkte-Landmarkenmodell von dlib „%1“ wurde nicht gefunden. Installieren Sie es mit „sudo apt-get install libdlib-data“ oder führen Sie „./fm setup“ aus.</translation>
    </message>
    <message>
        <location filename="../core/common/modellocator.cpp" line="117"/>
        <source>The face-api demo photos were not found. %1</source>
        <translation>Die Demofotos von face-api wurden nicht gefunden. %1</translation>
    </message>
</context>
<context>
    <name>fm::MotionSpec</name>
    <message>
        <location filename="../core/synth/motionscript.cpp" line="94"/>
        <source>%1, then %2</source>
        <translation>%1, dann %2</translation>
    </message>
    <message>
        <location filename="../core/synth/motionscript.cpp" line="114"/>
        <source>Mouthing &quot;%1&quot;</source>
        <translation>„%1“ mit den Lippen formen</translation>
    </message>
</context>
<context>
    <name>fm::MotionSpotter</name>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="31"/>
        <source>brows</source>
        <translation>Brauen</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="32"/>
        <source>eyes</source>
        <translation>Augen</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="33"/>
        <source>nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="34"/>
        <source>mouth</source>
        <translation>Mund</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="35"/>
        <source>jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="233"/>
        <source>No frame has a face: motion cannot be spotted.</source>
        <translation>Kein Bild enthält ein Gesicht: Bewegung kann nicht erkannt werden.</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="234"/>
        <source>Only %1 frame(s) have a face: too few to spot motion.</source>
        <translation>Nur %1 Bild(er) enthalten ein Gesicht: zu wenige, um Bewegung zu erkennen.</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="528"/>
        <source>No facial motion: the landmarks stay within their noise (peak %1, noise %2 inter-ocular distances).</source>
        <translation>Keine Gesichtsbewegung: Die Landmarken bleiben innerhalb ihres Rauschens (Spitze %1, Rauschen %2 Augenabstände).</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="689"/>
        <source>Motion from frame %1 to %2 (apex %3), mostly %4.</source>
        <translation>Bewegung von Bild %1 bis %2 (Höhepunkt %3), überwiegend %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/motion/motionspotter.cpp" line="696"/>
        <source>%n blink(s) outside it were left out.</source>
        <translation>
            <numerusform>%n Lidschlag außerhalb wurde nicht mitgezählt.</numerusform>
            <numerusform>%n Lidschläge außerhalb wurden nicht mitgezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="700"/>
        <source>It starts with the clip: no rest before it.</source>
        <translation>Sie beginnt mit dem Clip: keine Ruhephase davor.</translation>
    </message>
    <message>
        <location filename="../core/motion/motionspotter.cpp" line="702"/>
        <source>It lasts to the end: no rest after it.</source>
        <translation>Sie dauert bis zum Ende: keine Ruhephase danach.</translation>
    </message>
</context>
<context>
    <name>fm::MoveClipCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="155"/>
        <source>Move clip</source>
        <translation>Clip verschieben</translation>
    </message>
</context>
<context>
    <name>fm::OverlayRenderer</name>
    <message>
        <location filename="../core/motion/overlayrenderer.cpp" line="184"/>
        <source>Rendering the overlay &quot;%1&quot; was cancelled.</source>
        <translation>Das Rendern des Overlays „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/motion/overlayrenderer.cpp" line="188"/>
        <source>Frame %1 of &quot;%2&quot; could not be read again for the overlay.</source>
        <translation>Bild %1 von „%2“ konnte für das Overlay nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/motion/overlayrenderer.cpp" line="196"/>
        <source>The overlay &quot;%1&quot; could not be written.</source>
        <translation>Das Overlay „%1“ konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fm::PairPlayer</name>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="22"/>
        <source>Pair player</source>
        <translation>Paar-Player</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="27"/>
        <source>Synchronise at onsets</source>
        <translation>An den Beginn-Marken synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="28"/>
        <source>Synchronise at starts</source>
        <translation>An den Clipanfängen synchronisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="30"/>
        <source>Landmarks</source>
        <translation>Landmarken</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="36"/>
        <location filename="../app/studio/pairplayer.cpp" line="335"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="37"/>
        <source>Play / pause (Space); Left / Right step one frame</source>
        <translation>Abspielen / Pause (Leertaste); Links / Rechts: ein Bild weiter</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="39"/>
        <source>◀ Step</source>
        <translation>◀ Schritt</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="40"/>
        <source>Step ▶</source>
        <translation>Schritt ▶</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="55"/>
        <source>Open A in annotator</source>
        <translation>A im Annotator öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="55"/>
        <source>Open B in annotator</source>
        <translation>B im Annotator öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="138"/>
        <location filename="../app/studio/pairplayer.cpp" line="139"/>
        <source>Clip %1 is not in the project.</source>
        <translation>Clip %1 ist nicht im Projekt.</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="148"/>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · repetition %3 · clip %4 · %5 frames</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · Wiederholung %3 · Clip %4 · %5 Bilder</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="159"/>
        <location filename="../app/studio/pairplayer.cpp" line="298"/>
        <source>Decoding...</source>
        <translation>Wird dekodiert …</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="204"/>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="283"/>
        <source>onset %1%2</source>
        <translation>Beginn %1%2</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="284"/>
        <source>frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="294"/>
        <source>(not started)</source>
        <translation>(nicht begonnen)</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="294"/>
        <source>(ended)</source>
        <translation>(beendet)</translation>
    </message>
    <message>
        <location filename="../app/studio/pairplayer.cpp" line="335"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>fm::PairSampler</name>
    <message>
        <location filename="../core/train/pairsampler.cpp" line="46"/>
        <source>The training set is empty.</source>
        <translation>Die Trainingsmenge ist leer.</translation>
    </message>
    <message>
        <location filename="../core/train/pairsampler.cpp" line="49"/>
        <source>Clip &quot;%1&quot; has no %2 partner in the training set: every motion needs two clips and every subject two motions.</source>
        <translation>Clip „%1“ hat keinen %2-Partner in der Trainingsmenge: Jede Bewegung braucht zwei Clips und jede Person zwei Bewegungen.</translation>
    </message>
</context>
<context>
    <name>fm::PartitionTrainer</name>
    <message>
        <location filename="../core/train/trainer.cpp" line="90"/>
        <source>SS pretraining needs %1 image-transformed views of every clip, but &quot;%2&quot; has %3; compute the features with &quot;fmstudio-cli features PROJECT --ss-views %1&quot;.</source>
        <translation>SS-Vortraining braucht %1 bildtransformierte Ansichten jedes Clips, aber „%2“ hat %3; berechnen Sie die Merkmale mit „fmstudio-cli features PROJEKT --ss-views %1“.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="138"/>
        <source>%1 epoch %2: the loss %3 stays at chance level %4 (mean cosine similarity within a batch %5): the embeddings have collapsed and pretraining no longer learns; lower pretrain.lr (now %6).</source>
        <translation>%1 Epoche %2: Der Verlust %3 bleibt auf Zufallsniveau %4 (mittlere Kosinus-Ähnlichkeit innerhalb eines Batches %5): Die Embeddings sind kollabiert und das Vortraining lernt nicht mehr; senken Sie pretrain.lr (jetzt %6).</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="207"/>
        <source>The checkpoint could not be serialised.</source>
        <translation>Der Checkpoint konnte nicht serialisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="214"/>
        <source>The checkpoint &quot;%1&quot; could not be written.</source>
        <translation>Der Checkpoint „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="244"/>
        <source>The checkpoint &quot;%1&quot; could not be read; delete it to restart this part of the run.</source>
        <translation>Der Checkpoint „%1“ konnte nicht gelesen werden; löschen Sie ihn, um diesen Teil des Laufs neu zu beginnen.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="479"/>
        <source>%1: %2 training clips, %3 validation clips%4</source>
        <translation>%1: %2 Trainingsclips, %3 Validierungsclips%4</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="483"/>
        <source>, resuming at epoch %1 step %2 of %3</source>
        <translation>, Fortsetzung bei Epoche %1, Schritt %2 von %3</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="544"/>
        <source>The loss is not a number (NaN or infinite) at %1 epoch %2 step %3; lower the learning rate or check the features. The last checkpoint is kept.</source>
        <translation>Der Loss ist keine Zahl (NaN oder unendlich) bei %1 Epoche %2 Schritt %3; senken Sie die Lernrate oder prüfen Sie die Merkmale. Der letzte Checkpoint bleibt erhalten.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="555"/>
        <source>A training step failed.</source>
        <translation>Ein Trainingsschritt ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="573"/>
        <source>%1 epoch %2/%3 step %4/%5 loss %6</source>
        <translation>%1 Epoche %2/%3 Schritt %4/%5 Loss %6</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="635"/>
        <source>%1 epoch %2/%3: loss %4, validation AP %5, peak F1 %6</source>
        <translation>%1 Epoche %2/%3: Loss %4, Validierungs-AP %5, maximaler F1 %6</translation>
    </message>
</context>
<context>
    <name>fm::PrCurveView</name>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="90"/>
        <source>The fold whose pairs the threshold applies to.</source>
        <translation>Der Fold, auf dessen Paare die Schwelle angewendet wird.</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="91"/>
        <source>Precision-recall</source>
        <translation>Precision-Recall</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="91"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="91"/>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="92"/>
        <source>ROC</source>
        <translation>ROC</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="92"/>
        <source>False acceptance rate (FPR)</source>
        <translation>Falschakzeptanzrate (FPR)</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="93"/>
        <source>True acceptance rate (TPR)</source>
        <translation>Richtigakzeptanzrate (TPR)</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="101"/>
        <source>Precision-recall curve</source>
        <translation>Precision-Recall-Kurve</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="102"/>
        <source>ROC curve</source>
        <translation>ROC-Kurve</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="109"/>
        <source>Decision threshold on the cosine similarity; the slider moves in score quantiles of the pairs (arrow keys: one step), the spin box takes any value</source>
        <translation>Entscheidungsschwelle auf der Kosinus-Ähnlichkeit; der Schieberegler bewegt sich in Score-Quantilen der Paare (Pfeiltasten: ein Schritt), das Zahlenfeld nimmt jeden Wert an</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="128"/>
        <source>Fold:</source>
        <translation>Fold:</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="131"/>
        <source>Threshold:</source>
        <translation>Schwelle:</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="182"/>
        <source>No run is open.</source>
        <translation>Kein Lauf geöffnet.</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="219"/>
        <source>%1: AP %2</source>
        <translation>%1: AP %2</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="224"/>
        <source>%1: AUC %2</source>
        <translation>%1: AUC %2</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="235"/>
        <source>mean: AP %1 ± %2</source>
        <translation>Mittel: AP %1 ± %2</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="242"/>
        <source>mean</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="253"/>
        <source>peak F1 %1 at %2</source>
        <translation>maximaler F1 %1 bei %2</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="261"/>
        <source>EER %1 at %2</source>
        <translation>EER %1 bei %2</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="270"/>
        <source>threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="360"/>
        <source>&lt;b&gt;Threshold %1&lt;/b&gt; (distance %2) &amp;nbsp; precision &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; recall &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; F1 &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; TP %6 &amp;nbsp; FP &lt;b&gt;%7%8&lt;/b&gt; &amp;nbsp; TN %7%9 &amp;nbsp; FN &lt;b&gt;%10&lt;/b&gt;</source>
        <translation>&lt;b&gt;Schwelle %1&lt;/b&gt; (Distanz %2) &amp;nbsp; Precision &lt;b&gt;%3&lt;/b&gt; &amp;nbsp; Recall &lt;b&gt;%4&lt;/b&gt; &amp;nbsp; F1 &lt;b&gt;%5&lt;/b&gt; &amp;nbsp; RP %6 &amp;nbsp; FP &lt;b&gt;%7%8&lt;/b&gt; &amp;nbsp; RN %7%9 &amp;nbsp; FN &lt;b&gt;%10&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="374"/>
        <source>Counts from pairs.csv, which lists every pair (%1 positive, %2 negative). Curves and AP from pr.csv and metrics.json.</source>
        <translation>Zählungen aus pairs.csv, das jedes Paar auflistet (%1 positiv, %2 negativ). Kurven und AP aus pr.csv und metrics.json.</translation>
    </message>
    <message>
        <location filename="../widgets/prcurveview.cpp" line="380"/>
        <source>pairs.csv is capped: it lists every positive pair but only %1 of %2 negative pairs (sample rate %3), so FP and TN are estimates (each sampled negative counts %4 times). Curves and AP come from pr.csv and metrics.json (exact).</source>
        <translation>pairs.csv ist begrenzt: Es listet jedes positive Paar, aber nur %1 von %2 negativen Paaren (Stichprobenrate %3), daher sind FP und RN Schätzungen (jedes gezogene negative Paar zählt %4-mal). Kurven und AP stammen aus pr.csv und metrics.json (exakt).</translation>
    </message>
</context>
<context>
    <name>fm::PrivateDir</name>
    <message>
        <location filename="../core/common/privatedir.cpp" line="40"/>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>„%1“ existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/common/privatedir.cpp" line="45"/>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/common/privatedir.cpp" line="51"/>
        <source>The folder &quot;%1&quot; could not be made private.</source>
        <translation>Der Ordner „%1“ konnte nicht privat gemacht werden.</translation>
    </message>
</context>
<context>
    <name>fm::Project</name>
    <message>
        <location filename="../core/project/project.cpp" line="93"/>
        <source>No folder was given for the new project.</source>
        <translation>Für das neue Projekt wurde kein Ordner angegeben.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="96"/>
        <source>&quot;%1&quot; exists and is not a folder.</source>
        <translation>„%1“ existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="98"/>
        <source>&quot;%1&quot; already holds a project; open it instead.</source>
        <translation>„%1“ enthält bereits ein Projekt; öffnen Sie es stattdessen.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="101"/>
        <source>The folder &quot;%1&quot; is not empty; choose an empty or new folder for the project.</source>
        <translation>Der Ordner „%1“ ist nicht leer; wählen Sie für das Projekt einen leeren oder neuen Ordner.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="118"/>
        <source>The project folder &quot;%1&quot; does not exist.</source>
        <translation>Der Projektordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="120"/>
        <source>&quot;%1&quot; is not a FaceMotion project (it has no %2).</source>
        <translation>„%1“ ist kein FaceMotion-Projekt (es fehlt %2).</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="161"/>
        <source>The project is closed.</source>
        <translation>Das Projekt ist geschlossen.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="189"/>
        <location filename="../core/project/project.cpp" line="382"/>
        <source>The clip no longer exists.</source>
        <translation>Den Clip gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="194"/>
        <source>&quot;%1&quot; is not the same recording as clip %2 (its content differs); it was not linked.</source>
        <translation>„%1“ ist nicht dieselbe Aufnahme wie Clip %2 (der Inhalt unterscheidet sich); sie wurde nicht verknüpft.</translation>
    </message>
    <message>
        <location filename="../core/project/project.cpp" line="263"/>
        <source>&quot;%1&quot; could not be removed.</source>
        <translation>„%1“ konnte nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>fm::ProjectDatabase</name>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="117"/>
        <source>There is no project database at &quot;%1&quot;.</source>
        <translation>Unter „%1“ gibt es keine Projektdatenbank.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="132"/>
        <source>The project database &quot;%1&quot; could not be opened.</source>
        <translation>Die Projektdatenbank „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="145"/>
        <source>The project database &quot;%1&quot; cannot use write-ahead logging (is the folder read-only or on a network drive?).</source>
        <translation>Die Projektdatenbank „%1“ kann kein Write-Ahead-Logging verwenden (ist der Ordner schreibgeschützt oder auf einem Netzlaufwerk?).</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="188"/>
        <source>The schema version could not be written.</source>
        <translation>Die Schemaversion konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="205"/>
        <source>Unknown project schema version %1.</source>
        <translation>Unbekannte Schemaversion %1 des Projekts.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="207"/>
        <source>The database &quot;%1&quot; is not empty.</source>
        <translation>Die Datenbank „%1“ ist nicht leer.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="211"/>
        <source>The project tables could not be created.</source>
        <translation>Die Projekttabellen konnten nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="224"/>
        <source>Updating the project from schema %1 to %2 failed.</source>
        <translation>Die Aktualisierung des Projekts von Schema %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="257"/>
        <source>This project was saved by a newer FaceMotion Studio (project format %1; this program reads formats up to %2). Update FaceMotion Studio to open it; the project was not changed.</source>
        <translation>Dieses Projekt wurde von einem neueren FaceMotion Studio gespeichert (Projektformat %1; dieses Programm liest Formate bis %2). Aktualisieren Sie FaceMotion Studio, um es zu öffnen; das Projekt wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="264"/>
        <source>&quot;%1&quot; is not a FaceMotion project database.</source>
        <translation>„%1“ ist keine FaceMotion-Projektdatenbank.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="283"/>
        <source>The backup copy &quot;%1&quot; could not be written before updating the project; the project was not changed.</source>
        <translation>Die Sicherungskopie „%1“ konnte vor der Aktualisierung des Projekts nicht geschrieben werden; das Projekt wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="307"/>
        <source>The project could not be changed.</source>
        <translation>Das Projekt konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="315"/>
        <source>The change could not be saved.</source>
        <translation>Die Änderung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="342"/>
        <source>Another program (the studio or an fmstudio-cli job such as an import) is writing to this project right now. Try again when it has finished.</source>
        <translation>Ein anderes Programm (das Studio oder ein fmstudio-cli-Job wie ein Import) schreibt gerade in dieses Projekt. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="346"/>
        <source>The disk holding the project is full. Free some space and try again; nothing was changed.</source>
        <translation>Der Datenträger mit dem Projekt ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="350"/>
        <source>The project is read-only: its folder or database file cannot be written.</source>
        <translation>Das Projekt ist schreibgeschützt: Sein Ordner oder seine Datenbankdatei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="353"/>
        <source>The database file cannot be opened: the folder is missing, not accessible or read-only.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden: Der Ordner fehlt, ist nicht zugänglich oder schreibgeschützt.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="357"/>
        <source>The disk reported an error while reading or writing the project.</source>
        <translation>Der Datenträger meldete beim Lesen oder Schreiben des Projekts einen Fehler.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="361"/>
        <source>The file is damaged or is not a FaceMotion project database.</source>
        <translation>Die Datei ist beschädigt oder keine FaceMotion-Projektdatenbank.</translation>
    </message>
    <message>
        <location filename="../core/project/projectdatabase.cpp" line="364"/>
        <source>The change was refused by a rule of the project (a duplicate name, repetition or clip, or a missing value).</source>
        <translation>Die Änderung wurde von einer Regel des Projekts abgelehnt (doppelter Name, doppelte Wiederholung oder doppelter Clip, oder ein fehlender Wert).</translation>
    </message>
</context>
<context>
    <name>fm::ProjectEditor</name>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="37"/>
        <location filename="../core/project/projecteditor.cpp" line="53"/>
        <source>A subject needs a code.</source>
        <translation>Eine Person braucht ein Kürzel.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="39"/>
        <location filename="../core/project/projecteditor.cpp" line="56"/>
        <source>A subject with the code &quot;%1&quot; already exists.</source>
        <translation>Eine Person mit dem Kürzel „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="51"/>
        <location filename="../core/project/projecteditor.cpp" line="67"/>
        <location filename="../core/project/projecteditor.cpp" line="76"/>
        <location filename="../core/project/projecteditor.cpp" line="86"/>
        <location filename="../core/project/projecteditor.cpp" line="109"/>
        <source>The subject no longer exists.</source>
        <translation>Die Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="84"/>
        <location filename="../core/project/projecteditor.cpp" line="107"/>
        <source>A motion needs a name.</source>
        <translation>Eine Bewegung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="88"/>
        <source>A lip movement needs the word that is mouthed.</source>
        <translation>Eine Lippenbewegung braucht das geformte Wort.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="91"/>
        <source>A compound motion needs its two motions.</source>
        <translation>Eine zusammengesetzte Bewegung braucht ihre zwei Bewegungen.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="93"/>
        <location filename="../core/project/projecteditor.cpp" line="113"/>
        <source>This subject already has a motion &quot;%1&quot;.</source>
        <translation>Diese Person hat bereits eine Bewegung „%1“.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="105"/>
        <location filename="../core/project/projecteditor.cpp" line="123"/>
        <location filename="../core/project/projecteditor.cpp" line="132"/>
        <location filename="../core/project/projecteditor.cpp" line="143"/>
        <source>The motion no longer exists.</source>
        <translation>Die Bewegung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="115"/>
        <source>The target number of repetitions cannot be negative.</source>
        <translation>Die Zielzahl der Wiederholungen kann nicht negativ sein.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="145"/>
        <source>Repetitions are numbered from 1.</source>
        <translation>Wiederholungen werden ab 1 nummeriert.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="151"/>
        <source>Repetition %1 of this motion already has a clip.</source>
        <translation>Wiederholung %1 dieser Bewegung hat bereits einen Clip.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="170"/>
        <source>Frame %1 is outside the clip (frames 0 to %2).</source>
        <translation>Bild %1 liegt außerhalb des Clips (Bilder 0 bis %2).</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="184"/>
        <source>The markers must stay in order: onset, then apex, then offset.</source>
        <translation>Die Marken müssen in Reihenfolge bleiben: Beginn, dann Höhepunkt, dann Ende.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="195"/>
        <source>Choose why the clip is excluded.</source>
        <translation>Wählen Sie, warum der Clip ausgeschlossen wird.</translation>
    </message>
    <message>
        <location filename="../core/project/projecteditor.cpp" line="198"/>
        <source>Describe the reason in the note when excluding for &quot;Other&quot;.</source>
        <translation>Beschreiben Sie den Grund in der Notiz, wenn Sie mit „Sonstiges“ ausschließen.</translation>
    </message>
</context>
<context>
    <name>fm::Reader</name>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="35"/>
        <source>&quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="46"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>„%1“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="55"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>„%1“ muss true oder false sein.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="66"/>
        <source>&quot;%1&quot; must be a text.</source>
        <translation>„%1“ muss ein Text sein.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="67"/>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>„%1“ muss eines der folgenden sein: %2.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="85"/>
        <source>&quot;%1&quot; must be a list of distinct values among: %2.</source>
        <translation>„%1“ muss eine Liste verschiedener Werte aus folgenden sein: %2.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="94"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>„%1“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="102"/>
        <source>Unknown config key &quot;%1&quot;.</source>
        <translation>Unbekannter Konfigurationsschlüssel „%1“.</translation>
    </message>
</context>
<context>
    <name>fm::RecentProjects</name>
    <message>
        <location filename="../core/project/recentprojects.cpp" line="43"/>
        <source>The list of recent projects &quot;%1&quot; could not be read.</source>
        <translation>Die Liste zuletzt geöffneter Projekte „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/project/recentprojects.cpp" line="48"/>
        <source>The list of recent projects &quot;%1&quot; is damaged.</source>
        <translation>Die Liste zuletzt geöffneter Projekte „%1“ ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../core/project/recentprojects.cpp" line="103"/>
        <source>The list of recent projects &quot;%1&quot; could not be saved.</source>
        <translation>Die Liste zuletzt geöffneter Projekte „%1“ konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>fm::ReferenceLibrary</name>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="68"/>
        <source>The reference folder %1 does not exist.</source>
        <translation>Der Referenzordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="91"/>
        <source>%1: not a readable image</source>
        <translation>%1: kein lesbares Bild</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="96"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="105"/>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="109"/>
        <source>%1: the neutral face is not usable (%2)</source>
        <translation>%1: Das neutrale Gesicht ist nicht verwendbar (%2)</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="122"/>
        <source>The reference folder %1 holds no image with a face.</source>
        <translation>Der Referenzordner %1 enthält kein Bild mit einem Gesicht.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="162"/>
        <source>The reference name &quot;%1&quot; is not usable: use letters, digits, spaces, dots or dashes (at most 64).</source>
        <translation>Der Referenzname „%1“ ist nicht verwendbar: Verwenden Sie Buchstaben, Ziffern, Leerzeichen, Punkte oder Bindestriche (höchstens 64).</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="170"/>
        <source>A reference face needs at least one tag.</source>
        <translation>Ein Referenzgesicht braucht mindestens ein Tag.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="172"/>
        <source>The reference image is empty or not a colour image.</source>
        <translation>Das Referenzbild ist leer oder kein Farbbild.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="178"/>
        <source>The neutral image is not a colour image.</source>
        <translation>Das neutrale Bild ist kein Farbbild.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="181"/>
        <source>No face was found in the neutral image.</source>
        <translation>Im neutralen Bild wurde kein Gesicht gefunden.</translation>
    </message>
    <message>
        <source>The reference image could not be encoded.</source>
        <translation type="vanished">Das Referenzbild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>The reference image could not be written to %1.</source>
        <translation type="vanished">Das Referenzbild konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/expr/referencelibrary.cpp" line="206"/>
        <source>The tags of the reference library could not be written.</source>
        <translation>Die Tags der Referenzbibliothek konnten nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>fm::RelinkClipCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="170"/>
        <source>Relink clip</source>
        <translation>Clip neu verknüpfen</translation>
    </message>
</context>
<context>
    <name>fm::ResultsPage</name>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="39"/>
        <source>No run open: double-click a run in the list.</source>
        <translation>Kein Lauf geöffnet: Doppelklicken Sie auf einen Lauf in der Liste.</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="44"/>
        <source>Re-evaluate on current data</source>
        <translation>Auf aktuellen Daten neu auswerten</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="45"/>
        <source>Embed the run&apos;s validation clips again with its model, leaving out clips excluded since, with the current labels (fmstudio-cli evaluate)</source>
        <translation>Die Validierungsclips des Laufs erneut mit seinem Modell einbetten, ohne inzwischen ausgeschlossene Clips, mit den aktuellen Labels (fmstudio-cli evaluate)</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="49"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="66"/>
        <source>Export PR chart…</source>
        <translation>PR-Diagramm exportieren …</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="66"/>
        <source>Export ROC chart…</source>
        <translation>ROC-Diagramm exportieren …</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="67"/>
        <source>Export curve data (CSV)…</source>
        <translation>Kurvendaten exportieren (CSV) …</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="67"/>
        <source>Export failed pairs (CSV)…</source>
        <translation>Fehlpaare exportieren (CSV) …</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="76"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="77"/>
        <source>PR / ROC</source>
        <translation>PR / ROC</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="78"/>
        <source>Failed pairs</source>
        <translation>Fehlpaare</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="135"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="154"/>
        <source>The run could not be opened: %1</source>
        <translation>Der Lauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="158"/>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="158"/>
        <source>No run open.</source>
        <translation>Kein Lauf geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="167"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 %3, AP %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 %3, AP %4</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="173"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — cross-validation, %2 folds</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Kreuzvalidierung, %2 Folds</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="178"/>
        <source> · re-evaluated %1 (clips dropped since training: %2)</source>
        <translation> · neu ausgewertet %1 (seit dem Training entfernte Clips: %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="202"/>
        <source>Pair player</source>
        <translation>Paar-Player</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="203"/>
        <source>The clips &quot;%1&quot; and &quot;%2&quot; are not project clips (the run was trained on a features bundle).</source>
        <translation>Die Clips „%1“ und „%2“ sind keine Projektclips (der Lauf wurde auf einem Merkmalspaket trainiert).</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="211"/>
        <source>%1 at threshold %2 — A: clip %3, B: clip %4</source>
        <translation>%1 bei Schwelle %2 — A: Clip %3, B: Clip %4</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="212"/>
        <source>False positive</source>
        <translation>Falsch-Positiv</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="212"/>
        <source>False negative</source>
        <translation>Falsch-Negativ</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="319"/>
        <source>fmstudio-cli could not be started (%1).</source>
        <translation>fmstudio-cli konnte nicht gestartet werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="321"/>
        <location filename="../app/studio/resultspage.cpp" line="325"/>
        <source>Re-evaluation cancelled; nothing was written.</source>
        <translation>Neuauswertung abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="323"/>
        <location filename="../app/studio/resultspage.cpp" line="327"/>
        <source>Re-evaluation failed: %1</source>
        <translation>Neuauswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="388"/>
        <location filename="../app/studio/resultspage.cpp" line="399"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/resultspage.cpp" line="391"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>fm::Review</name>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="95"/>
        <source>Tongue movement</source>
        <translation>Zungenbewegung</translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="97"/>
        <source>Micro-expression</source>
        <translation>Mikroexpression</translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="99"/>
        <source>No or partial face</source>
        <translation>Kein oder nur teilweise Gesicht</translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="101"/>
        <source>Wrong motion</source>
        <translation>Falsche Bewegung</translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="103"/>
        <source>Bad quality</source>
        <translation>Schlechte Qualität</translation>
    </message>
    <message>
        <location filename="../core/project/projecttypes.cpp" line="105"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>fm::ReviewPanel</name>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="21"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (auto %2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (auto. %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="22"/>
        <source>%1 (auto)</source>
        <translation>%1 (auto.)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="57"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="59"/>
        <source>Note (Enter saves)</source>
        <translation>Notiz (Eingabe speichert)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="67"/>
        <source>Re-detect (R)</source>
        <translation>Neu erkennen (R)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="68"/>
        <source>Drop the reviewed markers and use the automatic onset, apex and offset again</source>
        <translation>Geprüfte Marken verwerfen und wieder den automatischen Beginn, Höhepunkt und das Ende verwenden</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="75"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="79"/>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="80"/>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="82"/>
        <source>Include</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="83"/>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="84"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="85"/>
        <source>Include &amp;&amp; next (Y)</source>
        <translation>Aufnehmen &amp;&amp; weiter (Y)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="87"/>
        <source>Exclude &amp;&amp; next (X)</source>
        <translation>Ausschließen &amp;&amp; weiter (X)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="98"/>
        <source>Previous pending (P)</source>
        <translation>Vorheriger offener (P)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="99"/>
        <source>Next pending (N)</source>
        <translation>Nächster offener (N)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="128"/>
        <source>Onset: %1&lt;br&gt;Apex: %2&lt;br&gt;Offset: %3</source>
        <translation>Beginn: %1&lt;br&gt;Höhepunkt: %2&lt;br&gt;Ende: %3</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="133"/>
        <source>Status: pending</source>
        <translation>Status: offen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="136"/>
        <source>Status: included</source>
        <translation>Status: aufgenommen</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="139"/>
        <source>Status: excluded (%1)</source>
        <translation>Status: ausgeschlossen (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="144"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location filename="../app/studio/reviewpanel.cpp" line="153"/>
        <source>No clip selected</source>
        <translation>Kein Clip ausgewählt</translation>
    </message>
</context>
<context>
    <name>fm::RunBrowser</name>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="79"/>
        <location filename="../app/studio/runbrowser.cpp" line="307"/>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="79"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="79"/>
        <source>SFE</source>
        <translation>SFE</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="79"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="79"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="80"/>
        <location filename="../app/studio/runbrowser.cpp" line="307"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="80"/>
        <location filename="../app/studio/runbrowser.cpp" line="307"/>
        <source>Peak F1</source>
        <translation>Max. F1</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="80"/>
        <location filename="../app/studio/runbrowser.cpp" line="307"/>
        <source>EER</source>
        <translation>EER</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="80"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="92"/>
        <source>Select two or more runs (Ctrl+click) to compare them.</source>
        <translation>Wählen Sie zwei oder mehr Läufe (Strg+Klick), um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="95"/>
        <source>Precision-recall of the selected runs</source>
        <translation>Precision-Recall der ausgewählten Läufe</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="100"/>
        <source>Run comparison</source>
        <translation>Laufvergleich</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="102"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="103"/>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="104"/>
        <source>Export table…</source>
        <translation>Tabelle exportieren …</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="105"/>
        <source>Export chart…</source>
        <translation>Diagramm exportieren …</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="187"/>
        <source>&lt;p&gt;No runs in &lt;code&gt;%1&lt;/code&gt; yet. Train one with &lt;code&gt;fmstudio-cli train --project P --config C.json --run NAME&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Läufe in &lt;code&gt;%1&lt;/code&gt;. Trainieren Sie einen mit &lt;code&gt;fmstudio-cli train --project P --config C.json --run NAME&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="230"/>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="231"/>
        <source>&lt;p&gt;&lt;b&gt;State:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;AP:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;peak F1:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;EER:&lt;/b&gt; %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Zustand:&lt;/b&gt; %1 &amp;nbsp; &lt;b&gt;AP:&lt;/b&gt; %2 &amp;nbsp; &lt;b&gt;max. F1:&lt;/b&gt; %3 &amp;nbsp; &lt;b&gt;EER:&lt;/b&gt; %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="254"/>
        <source>&lt;p&gt;&lt;b&gt;Data:&lt;/b&gt; %1 clips of %2 subjects, %3 motions (%4); features %5 from %6 &lt;code&gt;%7&lt;/code&gt;; fingerprint %8…&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Daten:&lt;/b&gt; %1 Clips von %2 Personen, %3 Bewegungen (%4); Merkmale %5 aus %6 &lt;code&gt;%7&lt;/code&gt;; Fingerabdruck %8…&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="265"/>
        <source>&lt;p&gt;&lt;b&gt;Config:&lt;/b&gt;&lt;/p&gt;&lt;table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Konfiguration:&lt;/b&gt;&lt;/p&gt;&lt;table&gt;</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="308"/>
        <source>Clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="308"/>
        <source>Pairs + / −</source>
        <translation>Paare + / −</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="308"/>
        <source>Dropped clips</source>
        <translation>Entfernte Clips</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="317"/>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="322"/>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="353"/>
        <source>%1 (AP %2)</source>
        <translation>%1 (AP %2)</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="383"/>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="389"/>
        <location filename="../app/studio/runbrowser.cpp" line="400"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="394"/>
        <source>Export comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/runbrowser.cpp" line="396"/>
        <source>CSV file (*.csv)</source>
        <translation>CSV-Datei (*.csv)</translation>
    </message>
</context>
<context>
    <name>fm::RunFolder</name>
    <message>
        <location filename="../core/train/runfolder.cpp" line="109"/>
        <source>&quot;%1&quot; is not empty and holds no training run; choose a new run folder.</source>
        <translation>„%1“ ist nicht leer und enthält keinen Trainingslauf; wählen Sie einen neuen Laufordner.</translation>
    </message>
    <message>
        <location filename="../core/train/runfolder.cpp" line="113"/>
        <source>The run folder &quot;%1&quot; holds a run with a different config; use a new run folder to train with this one.</source>
        <translation>Der Laufordner „%1“ enthält einen Lauf mit anderer Konfiguration; verwenden Sie für diese einen neuen Laufordner.</translation>
    </message>
    <message>
        <location filename="../core/train/runfolder.cpp" line="119"/>
        <source>The run folder &quot;%1&quot; was trained on other clips or features; use a new run folder.</source>
        <translation>Der Laufordner „%1“ wurde auf anderen Clips oder Merkmalen trainiert; verwenden Sie einen neuen Laufordner.</translation>
    </message>
</context>
<context>
    <name>fm::RunResults</name>
    <message>
        <location filename="../core/eval/runresults.cpp" line="443"/>
        <source>The run folder &quot;%1&quot; does not exist.</source>
        <translation>Der Laufordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="469"/>
        <source>The cross-validation run &quot;%1&quot; has no fold-NN folders with results.</source>
        <translation>Der Kreuzvalidierungslauf „%1“ hat keine fold-NN-Ordner mit Ergebnissen.</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="544"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="546"/>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="548"/>
        <source>running or failed</source>
        <translation>läuft oder fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/eval/runresults.cpp" line="550"/>
        <source>no results</source>
        <translation>keine Ergebnisse</translation>
    </message>
</context>
<context>
    <name>fm::SequenceEncoder</name>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="59"/>
        <source>The encoder needs an input dimension and d_model divisible by the number of heads.</source>
        <translation>Der Encoder braucht eine Eingabedimension und ein durch die Zahl der Heads teilbares d_model.</translation>
    </message>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="66"/>
        <source>The encoder could not be built.</source>
        <translation>Der Encoder konnte nicht aufgebaut werden.</translation>
    </message>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="91"/>
        <source>The model &quot;%1&quot; could not be loaded.</source>
        <translation>Das Modell „%1“ konnte nicht geladen werden.</translation>
    </message>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="110"/>
        <source>The model could not be serialised.</source>
        <translation>Das Modell konnte nicht serialisiert werden.</translation>
    </message>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="117"/>
        <source>The model &quot;%1&quot; could not be written.</source>
        <translation>Das Modell „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="152"/>
        <source>A clip has %1 frames; the encoder takes 1 to %2.</source>
        <translation>Ein Clip hat %1 Bilder; der Encoder nimmt 1 bis %2.</translation>
    </message>
    <message>
        <location filename="../core/train/sequenceencoder.cpp" line="173"/>
        <source>The clips could not be embedded.</source>
        <translation>Die Clips konnten nicht eingebettet werden.</translation>
    </message>
</context>
<context>
    <name>fm::SetReviewCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="100"/>
        <source>Exclude clip</source>
        <translation>Clip ausschließen</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="101"/>
        <source>Include clip</source>
        <translation>Clip aufnehmen</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="102"/>
        <source>Reset review</source>
        <translation>Prüfung zurücksetzen</translation>
    </message>
</context>
<context>
    <name>fm::SfeDistiller</name>
    <message>
        <location filename="../core/nets/sfedistiller.cpp" line="216"/>
        <source>The training input &quot;%1&quot; does not exist.</source>
        <translation>Die Trainingseingabe „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/nets/sfedistiller.cpp" line="243"/>
        <source>The image &quot;%1&quot; could not be read.</source>
        <translation>Das Bild „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/nets/sfedistiller.cpp" line="274"/>
        <source>Training needs faces for both training and held-out evaluation.</source>
        <translation>Das Training braucht Gesichter sowohl zum Trainieren als auch zur zurückgehaltenen Auswertung.</translation>
    </message>
    <message>
        <location filename="../core/nets/sfedistiller.cpp" line="276"/>
        <source>Choose a checkpoint path for the trained SFE-M.</source>
        <translation>Wählen Sie einen Checkpoint-Pfad für das trainierte SFE-M.</translation>
    </message>
    <message>
        <location filename="../core/nets/sfedistiller.cpp" line="296"/>
        <source>The checkpoint &quot;%1&quot; could not be resumed.</source>
        <translation>Der Checkpoint „%1“ konnte nicht fortgesetzt werden.</translation>
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
    <name>fm::TfjsWeights</name>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="184"/>
        <source>The weights manifest &quot;%1&quot; does not exist.</source>
        <translation>Das Gewichtsmanifest „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="186"/>
        <source>The weights manifest &quot;%1&quot; could not be opened.</source>
        <translation>Das Gewichtsmanifest „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="192"/>
        <source>The weights manifest &quot;%1&quot; is not a JSON array of weight groups.</source>
        <translation>Das Gewichtsmanifest „%1“ ist kein JSON-Array von Gewichtsgruppen.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="208"/>
        <source>The weights file &quot;%1&quot; listed in &quot;%2&quot; does not exist.</source>
        <translation>Die in „%2“ aufgeführte Gewichtsdatei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="212"/>
        <source>The weights file &quot;%1&quot; could not be opened.</source>
        <translation>Die Gewichtsdatei „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="230"/>
        <source>The weights file &quot;%1&quot; is truncated: tensor &quot;%2&quot; %3 needs bytes %4..%5 but the file has %6 bytes.</source>
        <translation>Die Gewichtsdatei „%1“ ist abgeschnitten: Tensor „%2“ %3 braucht die Bytes %4..%5, die Datei hat aber %6 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="241"/>
        <source>Tensor &quot;%1&quot; appears twice in &quot;%2&quot;.</source>
        <translation>Tensor „%1“ kommt in „%2“ doppelt vor.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="245"/>
        <source>The weights file &quot;%1&quot; has %2 bytes but the manifest &quot;%3&quot; describes %4 bytes.</source>
        <translation>Die Gewichtsdatei „%1“ hat %2 Bytes, das Manifest „%3“ beschreibt aber %4 Bytes.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="254"/>
        <source>The weights manifest &quot;%1&quot; lists no tensors.</source>
        <translation>Das Gewichtsmanifest „%1“ listet keine Tensoren.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="263"/>
        <source>Tensor &quot;%1&quot; is missing from the weights manifest &quot;%2&quot;.</source>
        <translation>Tensor „%1“ fehlt im Gewichtsmanifest „%2“.</translation>
    </message>
    <message>
        <location filename="../core/nets/tfjsweights.cpp" line="267"/>
        <source>Tensor &quot;%1&quot; in &quot;%2&quot; has shape %3; expected %4.</source>
        <translation>Tensor „%1“ in „%2“ hat die Form %3; erwartet %4.</translation>
    </message>
</context>
<context>
    <name>fm::ThresholdGauge</name>
    <message>
        <location filename="../widgets/thresholdgauge.cpp" line="57"/>
        <source>%1: %2 (threshold %3) - %4</source>
        <translation>%1: %2 (Schwelle %3) - %4</translation>
    </message>
    <message>
        <location filename="../widgets/thresholdgauge.cpp" line="61"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/thresholdgauge.cpp" line="61"/>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
</context>
<context>
    <name>fm::ThumbnailCache</name>
    <message>
        <location filename="../app/studio/thumbnailcache.cpp" line="76"/>
        <source>no clip %1</source>
        <translation>kein Clip %1</translation>
    </message>
    <message>
        <location filename="../app/studio/thumbnailcache.cpp" line="141"/>
        <source>cannot read %1</source>
        <translation>%1 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/studio/thumbnailcache.cpp" line="150"/>
        <source>frame %1 missing</source>
        <translation>Bild %1 fehlt</translation>
    </message>
</context>
<context>
    <name>fm::TimelineWidget</name>
    <message>
        <location filename="../widgets/timelinewidget.cpp" line="188"/>
        <source>I</source>
        <comment>handle letter of the onset marker</comment>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../widgets/timelinewidget.cpp" line="190"/>
        <source>A</source>
        <comment>handle letter of the apex marker</comment>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../widgets/timelinewidget.cpp" line="191"/>
        <source>O</source>
        <comment>handle letter of the offset marker</comment>
        <translation>E</translation>
    </message>
</context>
<context>
    <name>fm::TrainConfig</name>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="239"/>
        <source>&quot;pretrain.epochs&quot; must be at least 1 when pretraining is on.</source>
        <translation>„pretrain.epochs“ muss mindestens 1 sein, wenn das Vortraining an ist.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="241"/>
        <source>&quot;pretrain.views&quot; must be at least 1 for SS pretraining (twin clips are made from image-transformed views).</source>
        <translation>„pretrain.views“ muss für SS-Vortraining mindestens 1 sein (Zwillingsclips entstehen aus bildtransformierten Ansichten).</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="260"/>
        <source>&quot;model.d_model&quot; (%1) must be a multiple of &quot;model.heads&quot; (%2).</source>
        <translation>„model.d_model“ (%1) muss ein Vielfaches von „model.heads“ (%2) sein.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="264"/>
        <source>&quot;lr_min&quot; must not exceed &quot;lr&quot;.</source>
        <translation>„lr_min“ darf „lr“ nicht übersteigen.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="275"/>
        <source>The training config &quot;%1&quot; could not be read.</source>
        <translation>Die Trainingskonfiguration „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/train/trainconfig.cpp" line="280"/>
        <source>The training config &quot;%1&quot; is not a JSON object.</source>
        <translation>Die Trainingskonfiguration „%1“ ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>fm::Trainer</name>
    <message>
        <location filename="../core/train/trainer.cpp" line="685"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="710"/>
        <source>Stopped; a checkpoint is saved. Start the same command again to resume.</source>
        <translation>Angehalten; ein Checkpoint ist gespeichert. Starten Sie denselben Befehl erneut, um fortzusetzen.</translation>
    </message>
    <message>
        <location filename="../core/train/trainer.cpp" line="761"/>
        <source>Done: AP %1; results in %2</source>
        <translation>Fertig: AP %1; Ergebnisse in %2</translation>
    </message>
</context>
<context>
    <name>fm::TrainingChart</name>
    <message>
        <location filename="../widgets/trainingchart.cpp" line="23"/>
        <source>Training loss (per step)</source>
        <translation>Trainings-Loss (je Schritt)</translation>
    </message>
    <message>
        <location filename="../widgets/trainingchart.cpp" line="25"/>
        <source>Validation AP (per epoch)</source>
        <translation>Validierungs-AP (je Epoche)</translation>
    </message>
    <message>
        <location filename="../widgets/trainingchart.cpp" line="40"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/trainingchart.cpp" line="43"/>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <location filename="../widgets/trainingchart.cpp" line="46"/>
        <source>AP</source>
        <translation>AP</translation>
    </message>
</context>
<context>
    <name>fm::TsneMap</name>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="30"/>
        <source>The t-SNE file &quot;%1&quot; could not be opened.</source>
        <translation>Die t-SNE-Datei „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="42"/>
        <source>Line %1 of &quot;%2&quot; has an unterminated quoted field.</source>
        <translation>Zeile %1 von „%2“ hat ein nicht abgeschlossenes Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="47"/>
        <source>Line %1 of &quot;%2&quot; is not the header &quot;clip,subject,motion,x,y&quot;.</source>
        <translation>Zeile %1 von „%2“ ist nicht die Kopfzeile „clip,subject,motion,x,y“.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="54"/>
        <source>Line %1 of &quot;%2&quot; has %3 fields instead of 5.</source>
        <translation>Zeile %1 von „%2“ hat %3 Felder statt 5.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="62"/>
        <source>Line %1 of &quot;%2&quot; has a coordinate that is not a finite number.</source>
        <translation>Zeile %1 von „%2“ hat eine Koordinate, die keine endliche Zahl ist.</translation>
    </message>
    <message>
        <location filename="../core/eval/tsnemap.cpp" line="72"/>
        <source>The t-SNE file &quot;%1&quot; is empty.</source>
        <translation>Die t-SNE-Datei „%1“ ist leer.</translation>
    </message>
</context>
<context>
    <name>fm::TsnePanel</name>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="36"/>
        <source>&amp;Fit</source>
        <translation>&amp;Einpassen</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="36"/>
        <source>PNG...</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="37"/>
        <source>SVG...</source>
        <translation>SVG …</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="37"/>
        <source>CSV...</source>
        <translation>CSV …</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="42"/>
        <source>Colour by subject</source>
        <translation>Nach Person färben</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="43"/>
        <source>Colour by motion</source>
        <translation>Nach Bewegung färben</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="44"/>
        <source>Colour by</source>
        <translation>Färben nach</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="49"/>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="50"/>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="51"/>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="62"/>
        <source>Drag to pan, wheel to zoom, Home to fit</source>
        <translation>Ziehen verschiebt, Mausrad zoomt, Pos1 passt ein</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="63"/>
        <source>Drag a rectangle to select clips (or Shift-drag in any mode)</source>
        <translation>Rechteck aufziehen, um Clips auszuwählen (oder in jedem Modus mit Umschalt ziehen)</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="64"/>
        <source>Draw around clips to select them (or Alt-drag in any mode)</source>
        <translation>Um Clips herum zeichnen, um sie auszuwählen (oder in jedem Modus mit Alt ziehen)</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="73"/>
        <source>Export the plot as a PNG image</source>
        <translation>Das Diagramm als PNG-Bild exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="74"/>
        <source>Export the plot as an SVG drawing</source>
        <translation>Das Diagramm als SVG-Zeichnung exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="75"/>
        <source>Export the points as CSV</source>
        <translation>Die Punkte als CSV exportieren</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="88"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="107"/>
        <location filename="../app/studio/tsnepanel.cpp" line="328"/>
        <source>Selected clips: none</source>
        <translation>Ausgewählte Clips: keine</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="108"/>
        <source>Selected clips</source>
        <translation>Ausgewählte Clips</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="109"/>
        <source>Double-click a clip to open it</source>
        <translation>Doppelklick öffnet einen Clip</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="192"/>
        <source>No run chosen.</source>
        <translation>Kein Lauf gewählt.</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="202"/>
        <source>Cross-validation run: showing fold-01.</source>
        <translation>Kreuzvalidierungslauf: fold-01 wird gezeigt.</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="218"/>
        <source>This run has no embeddings yet: the t-SNE map appears when its evaluation has finished.</source>
        <translation>Dieser Lauf hat noch keine Embeddings: Die t-SNE-Karte erscheint, wenn seine Auswertung abgeschlossen ist.</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="226"/>
        <source>Computing the t-SNE map of the run&apos;s embeddings...</source>
        <translation>Die t-SNE-Karte der Embeddings des Laufs wird berechnet …</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="300"/>
        <source>No project open: one marker shape, no thumbnails.</source>
        <translation>Kein Projekt geöffnet: eine Markerform, keine Vorschaubilder.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/studio/tsnepanel.cpp" line="302"/>
        <source>%n clips of the run are no longer in the project.</source>
        <translation>
            <numerusform>%n Clip des Laufs ist nicht mehr im Projekt.</numerusform>
            <numerusform>%n Clips des Laufs sind nicht mehr im Projekt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="322"/>
        <source> · rep %1</source>
        <translation> · Wdh. %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="323"/>
        <source>  (clip %1)</source>
        <translation>  (Clip %1)</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="329"/>
        <source>Selected clips: %1</source>
        <translation>Ausgewählte Clips: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="374"/>
        <source>t-SNE map</source>
        <translation>t-SNE-Karte</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="383"/>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="384"/>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="385"/>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <location filename="../app/studio/tsnepanel.cpp" line="389"/>
        <location filename="../app/studio/tsnepanel.cpp" line="399"/>
        <source>Export t-SNE map</source>
        <translation>t-SNE-Karte exportieren</translation>
    </message>
</context>
<context>
    <name>fm::TsnePlot</name>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="43"/>
        <source>FM</source>
        <comment>motion kind: facial motion</comment>
        <translation>GB</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="45"/>
        <source>LM</source>
        <comment>motion kind: lip movement</comment>
        <translation>LB</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="47"/>
        <source>compound</source>
        <comment>motion kind</comment>
        <translation>zusammengesetzt</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="58"/>
        <source>t-SNE map of the clips</source>
        <translation>t-SNE-Karte der Clips</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="259"/>
        <location filename="../widgets/tsneplot.cpp" line="431"/>
        <source>Subject</source>
        <translation>Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tsneplot.cpp" line="418"/>
        <source>%n clips</source>
        <translation>
            <numerusform>%n Clip</numerusform>
            <numerusform>%n Clips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tsneplot.cpp" line="420"/>
        <source>, %n selected</source>
        <translation>
            <numerusform>, %n ausgewählt</numerusform>
            <numerusform>, %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="431"/>
        <source>Motion</source>
        <translation>Bewegung</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/tsneplot.cpp" line="468"/>
        <source>+ %n more</source>
        <translation>
            <numerusform>+ %n weiterer</numerusform>
            <numerusform>+ %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="490"/>
        <source>Subject: %1</source>
        <translation>Person: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="490"/>
        <source>Motion: %1</source>
        <translation>Bewegung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="492"/>
        <source>Repetition: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="494"/>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location filename="../widgets/tsneplot.cpp" line="495"/>
        <source>Clip: %1</source>
        <translation>Clip: %1</translation>
    </message>
</context>
<context>
    <name>fm::UpdateMotionCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="139"/>
        <source>Rename motion %1 to %2</source>
        <translation>Bewegung %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="140"/>
        <source>Edit motion %1</source>
        <translation>Bewegung %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>fm::UpdateSubjectCommand</name>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="122"/>
        <source>Rename subject %1 to %2</source>
        <translation>Person %1 in %2 umbenennen</translation>
    </message>
    <message>
        <location filename="../core/project/projectcommands.cpp" line="123"/>
        <source>Edit subject %1</source>
        <translation>Person %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>fm::VerificationResult</name>
    <message>
        <location filename="../core/train/verification.cpp" line="83"/>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="83"/>
        <source>fail</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="85"/>
        <source>Motion:   distance %1 (threshold %2): %3
</source>
        <translation>Bewegung:  Distanz %1 (Schwelle %2): %3
</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="89"/>
        <source>Identity: distance %1 (threshold %2): %3
</source>
        <translation>Identität: Distanz %1 (Schwelle %2): %3
</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="93"/>
        <source>Decision: ACCEPTED (both factors pass)
</source>
        <translation>Entscheidung: AKZEPTIERT (beide Faktoren bestanden)
</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="94"/>
        <source>Decision: REJECTED
</source>
        <translation>Entscheidung: ABGELEHNT
</translation>
    </message>
</context>
<context>
    <name>fm::Verifier</name>
    <message>
        <location filename="../core/train/verification.cpp" line="128"/>
        <source>The run folder &quot;%1&quot; does not exist.</source>
        <translation>Der Laufordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="131"/>
        <source>&quot;%1&quot; is a cross-validation run: choose one of its fold folders (fold-01, ...), each has its own model.</source>
        <translation>„%1“ ist ein Kreuzvalidierungslauf: Wählen Sie einen seiner Fold-Ordner (fold-01, …); jeder hat sein eigenes Modell.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="135"/>
        <source>The run &quot;%1&quot; has no trained model (model.pt is missing); finish or resume its training first.</source>
        <translation>Der Lauf „%1“ hat kein trainiertes Modell (model.pt fehlt); beenden Sie zuerst sein Training oder setzen Sie es fort.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="149"/>
        <source>The run was trained on crops &quot;%1&quot;; verification makes &quot;%2&quot;.</source>
        <translation>Der Lauf wurde auf Ausschnitten „%1“ trainiert; die Verifikation erzeugt „%2“.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="154"/>
        <source>The run &quot;%1&quot; has no metrics.json: its decision threshold is unknown until the evaluation has run.</source>
        <translation>Der Lauf „%1“ hat keine metrics.json: Seine Entscheidungsschwelle ist unbekannt, bis die Auswertung gelaufen ist.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="161"/>
        <source>metrics.json of the run has no peak_f1_threshold.</source>
        <translation>metrics.json des Laufs hat keinen peak_f1_threshold.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="174"/>
        <source>The model takes %1-d features but %2 gives %3.</source>
        <translation>Das Modell nimmt %1-d-Merkmale, %2 liefert aber %3.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="197"/>
        <source>The clip &quot;%1&quot; does not exist.</source>
        <translation>Der Clip „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="202"/>
        <location filename="../core/train/verification.cpp" line="211"/>
        <source>Analysing %1</source>
        <translation>%1 wird analysiert</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="206"/>
        <source>The clip &quot;%1&quot; could not be read as a video or image sequence.</source>
        <translation>Der Clip „%1“ konnte nicht als Video oder Bildsequenz gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="223"/>
        <source>The clip &quot;%1&quot; has no frames.</source>
        <translation>Der Clip „%1“ hat keine Bilder.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="225"/>
        <source>No face was found in any frame of &quot;%1&quot;.</source>
        <translation>In keinem Bild von „%1“ wurde ein Gesicht gefunden.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="227"/>
        <source>The clip &quot;%1&quot; has %2 frames; the model takes at most %3.</source>
        <translation>Der Clip „%1“ hat %2 Bilder; das Modell nimmt höchstens %3.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="233"/>
        <source>Features of %1</source>
        <translation>Merkmale von %1</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="258"/>
        <source>Face descriptor of %1</source>
        <translation>Gesichtsdeskriptor von %1</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="283"/>
        <source>No face descriptor could be computed for &quot;%1&quot;.</source>
        <translation>Für „%1“ konnte kein Gesichtsdeskriptor berechnet werden.</translation>
    </message>
    <message>
        <location filename="../core/train/verification.cpp" line="322"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>fm::VerifyPage</name>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="33"/>
        <source>Run folder...</source>
        <translation>Laufordner …</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="34"/>
        <source>&amp;Verify</source>
        <translation>Verifi&amp;zieren</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="34"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="39"/>
        <source>Model (training run)</source>
        <translation>Modell (Trainingslauf)</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="43"/>
        <source>Choose a training run</source>
        <translation>Trainingslauf wählen</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="51"/>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="56"/>
        <source>Enrolment</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="57"/>
        <source>Probe</source>
        <translation>Probe</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="66"/>
        <source>Verify the probe against the enrolment: motion and face</source>
        <translation>Die Probe gegen die Registrierung verifizieren: Bewegung und Gesicht</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="72"/>
        <source>Motion distance</source>
        <translation>Bewegungsdistanz</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="73"/>
        <source>Face distance</source>
        <translation>Gesichtsdistanz</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="88"/>
        <source>Two-factor decision</source>
        <translation>Zwei-Faktor-Entscheidung</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="124"/>
        <source>%1 clip</source>
        <translation>Clip (%1)</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="125"/>
        <source>Video file...</source>
        <translation>Videodatei …</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="126"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="136"/>
        <source>No clip chosen</source>
        <translation>Kein Clip gewählt</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="153"/>
        <source>Choose a video</source>
        <translation>Video wählen</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="154"/>
        <source>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;All files (*)</source>
        <translation>Videos (*.mp4 *.avi *.mkv *.mov *.webm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="172"/>
        <source>The clip cannot be read</source>
        <translation>Der Clip kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="203"/>
        <source>Choose a project clip...</source>
        <translation>Projektclip wählen …</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="214"/>
        <source>%1 / rep %2</source>
        <translation>%1 / Wdh. %2</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="273"/>
        <source>Loading...</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="332"/>
        <source>Loading the model and the face networks...</source>
        <translation>Modell und Gesichtsnetze werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="368"/>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="381"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="388"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="405"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="407"/>
        <source>Choose a model, an enrolment clip and a probe clip, then press Verify.</source>
        <translation>Wählen Sie ein Modell, einen Registrierungsclip und einen Probeclip, und drücken Sie dann „Verifizieren“.</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="415"/>
        <source>ACCEPTED</source>
        <translation>AKZEPTIERT</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="415"/>
        <source>REJECTED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="420"/>
        <source>Neither the motion nor the face matches.</source>
        <translation>Weder die Bewegung noch das Gesicht stimmen überein.</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="422"/>
        <source>The face matches but the motion does not.</source>
        <translation>Das Gesicht stimmt überein, die Bewegung aber nicht.</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="424"/>
        <source>The motion matches but the face is another person&apos;s.</source>
        <translation>Die Bewegung stimmt überein, das Gesicht gehört aber einer anderen Person.</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="426"/>
        <source>Same motion and same person.</source>
        <translation>Gleiche Bewegung und gleiche Person.</translation>
    </message>
    <message>
        <location filename="../app/studio/verifypage.cpp" line="428"/>
        <source>%1 Motion: cosine score %2 against the run&apos;s peak-F1 threshold %3 (%4). Face: median descriptor of %5 and %6 frames.</source>
        <translation>%1 Bewegung: Kosinus-Score %2 gegen die Max.-F1-Schwelle des Laufs %3 (%4). Gesicht: Median-Deskriptor aus %5 und %6 Bildern.</translation>
    </message>
</context>
<context>
    <name>fm::VideoFileSource</name>
    <message>
        <location filename="../app/studio/framesource.cpp" line="35"/>
        <source>video file %1</source>
        <translation>Videodatei %1</translation>
    </message>
    <message>
        <location filename="../app/studio/framesource.cpp" line="72"/>
        <source>The video source stopped delivering frames: %1</source>
        <translation>Die Videoquelle liefert keine Bilder mehr: %1</translation>
    </message>
    <message>
        <location filename="../app/studio/framesource.cpp" line="73"/>
        <source>The video source reached its end.</source>
        <translation>Die Videoquelle hat ihr Ende erreicht.</translation>
    </message>
</context>
<context>
    <name>fm::chartexport</name>
    <message>
        <location filename="../widgets/chartexport.cpp" line="28"/>
        <source>The file &quot;%1&quot; could not be written.</source>
        <translation>Die Datei „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/chartexport.cpp" line="37"/>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <location filename="../widgets/chartexport.cpp" line="45"/>
        <source>The chart could not be drawn as a PNG image.</source>
        <translation>Das Diagramm konnte nicht als PNG-Bild gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/chartexport.cpp" line="53"/>
        <source>Exported by FaceMotion Studio</source>
        <translation>Exportiert von FaceMotion Studio</translation>
    </message>
    <message>
        <location filename="../widgets/chartexport.cpp" line="56"/>
        <source>The chart could not be drawn as an SVG drawing.</source>
        <translation>Das Diagramm konnte nicht als SVG-Zeichnung gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../widgets/chartexport.cpp" line="60"/>
        <source>Charts can be exported as .png or .svg files, not &quot;%1&quot;.</source>
        <translation>Diagramme lassen sich als .png- oder .svg-Dateien exportieren, nicht als „%1“.</translation>
    </message>
    <message>
        <location filename="../widgets/chartexport.cpp" line="82"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
</context>
<context>
    <name>fm::cli</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="73"/>
        <source>%1/%2 clips, %3 frames/s</source>
        <translation>%1/%2 Clips, %3 Bilder/s</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="83"/>
        <source>The results could not be written to &quot;%1&quot;: %2</source>
        <translation>Die Ergebnisse konnten nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="92"/>
        <location filename="../app/cli/projectcommand.cpp" line="313"/>
        <source>FAILED:</source>
        <translation>FEHLGESCHLAGEN:</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="99"/>
        <source>%1 frames, %2x%3, %4 fps, %5 s</source>
        <translation>%1 Bilder, %2x%3, %4 fps, %5 s</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="107"/>
        <source>face in %1 of %2 frames; FaceQA accepted %3 (median sharpness %4, median |yaw| %5 deg)</source>
        <translation>Gesicht in %1 von %2 Bildern; FaceQA akzeptiert %3 (mittlere Schärfe %4, mittlerer |Gierwinkel| %5 Grad)</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="117"/>
        <source>motion: onset %1, apex %2, offset %3 (confidence %4, %5)</source>
        <translation>Bewegung: Beginn %1, Höhepunkt %2, Ende %3 (Konfidenz %4, %5)</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="125"/>
        <source>motion: none</source>
        <translation>Bewegung: keine</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="128"/>
        <source>warning:</source>
        <translation>Warnung:</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="130"/>
        <source>overlay:</source>
        <translation>Overlay:</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="132"/>
        <source>overlay FAILED:</source>
        <translation>Overlay FEHLGESCHLAGEN:</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="141"/>
        <source>Finds the face in every frame, its 68 landmarks, aligned crops, FaceQA (sharpness, head pose) and the motion&apos;s onset, apex and offset. CLIP is a video file or a folder of numbered images.</source>
        <translation>Findet das Gesicht in jedem Bild, seine 68 Landmarken, ausgerichtete Ausschnitte, FaceQA (Schärfe, Kopfhaltung) sowie Beginn, Höhepunkt und Ende der Bewegung. CLIP ist eine Videodatei oder ein Ordner nummerierter Bilder.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="145"/>
        <source>Video files or image folders.</source>
        <translation>Videodateien oder Bildordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="149"/>
        <source>Write the results as JSON: one clip -&gt; OUT; several -&gt; one document with all clips, or one OUT/&lt;name&gt;.analysis.json each when OUT is a folder.</source>
        <translation>Die Ergebnisse als JSON schreiben: ein Clip -&gt; OUT; mehrere -&gt; ein Dokument mit allen Clips, oder je eine OUT/&lt;name&gt;.analysis.json, wenn OUT ein Ordner ist.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="151"/>
        <location filename="../app/cli/analyzecommand.cpp" line="156"/>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="154"/>
        <source>Write an annotated video (landmarks, box, QA, onset/offset): one clip -&gt; OUT; several -&gt; OUT is a folder receiving &lt;name&gt;_overlay.mp4.</source>
        <translation>Ein annotiertes Video schreiben (Landmarken, Rahmen, QA, Beginn/Ende): ein Clip -&gt; OUT; mehrere -&gt; OUT ist ein Ordner, der &lt;name&gt;_overlay.mp4 erhält.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="158"/>
        <source>Clips analysed in parallel (default: CPU cores).</source>
        <translation>Parallel analysierte Clips (Standard: CPU-Kerne).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="159"/>
        <location filename="../app/cli/analyzecommand.cpp" line="177"/>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="54"/>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="56"/>
        <location filename="../app/cli/expressionscommand.cpp" line="74"/>
        <location filename="../app/cli/expressionscommand.cpp" line="75"/>
        <location filename="../app/cli/expressionscommand.cpp" line="76"/>
        <location filename="../app/cli/expressionscommand.cpp" line="247"/>
        <location filename="../app/cli/expressionscommand.cpp" line="358"/>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="53"/>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="55"/>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="58"/>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="63"/>
        <location filename="../app/cli/projectcommand.cpp" line="246"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="161"/>
        <source>Frame rate of image-sequence folders (default 30).</source>
        <translation>Bildrate von Bildsequenz-Ordnern (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="162"/>
        <source>FPS</source>
        <translation>FPS</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="164"/>
        <source>FaceQA sharpness threshold (default 3.0).</source>
        <translation>FaceQA-Schärfeschwelle (Standard 3.0).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="164"/>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="62"/>
        <location filename="../app/cli/expressionscommand.cpp" line="359"/>
        <location filename="../app/cli/projectcommand.cpp" line="382"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="168"/>
        <source>Instead of analysing: CLIP is a demo project; compare its automatic onsets/offsets with the demo generator&apos;s ground truth (per action: miss rate, median, 90th percentile and largest error in frames).</source>
        <translation>Statt zu analysieren: CLIP ist ein Demo-Projekt; vergleicht dessen automatische Beginn-/Endmarken mit den Referenzdaten des Demo-Generators (je Aktion: Fehlrate, Median, 90. Perzentil und größter Fehler in Frames).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="173"/>
        <source>With --against-truth: spot the motion again from the cached landmarks with the current spotter instead of using the stored result.</source>
        <translation>Mit --against-truth: die Bewegung mit dem aktuellen Detektor aus den zwischengespeicherten Landmarken neu bestimmen, statt die gespeicherten Marken zu verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="176"/>
        <source>With --against-truth: list the N worst clean clips.</source>
        <translation>Mit --against-truth: die N schlechtesten sauberen Clips auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="179"/>
        <source>Spotter: a motion lasts while above this fraction of its peak (default 0.1).</source>
        <translation>Detektor: eine Bewegung dauert, solange sie über diesem Anteil ihres Höhepunkts liegt (Standard 0.1).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="183"/>
        <source>Spotter: onset/offset follow the slope while it falls by more than this fraction of the peak per frame (default 0.02).</source>
        <translation>Detektor: Beginn/Ende folgen der Flanke, solange sie je Frame um mehr als diesen Anteil des Höhepunkts fällt (Standard 0.02).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="188"/>
        <source>Spotter: a clip ending on a plateau below this fraction of the peak has settled there (default 0.3; 0 turns it off).</source>
        <translation>Detektor: ein Clip, der auf einem Plateau unter diesem Anteil des Höhepunkts endet, gilt dort als abgeklungen (Standard 0.3; 0 schaltet es ab).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="207"/>
        <source>--against-truth needs exactly one demo project folder.</source>
        <translation>--against-truth braucht genau einen Demo-Projektordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="220"/>
        <source>--low-fraction, --slope-fraction and --settle-fraction need numbers.</source>
        <translation>--low-fraction, --slope-fraction und --settle-fraction brauchen Zahlen.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="229"/>
        <source>No clip given.</source>
        <translation>Kein Clip angegeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="237"/>
        <location filename="../app/cli/projectcommand.cpp" line="267"/>
        <source>--fps needs a positive number.</source>
        <translation>--fps braucht eine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="243"/>
        <source>--min-sharpness needs a number.</source>
        <translation>--min-sharpness braucht eine Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="251"/>
        <source>--jobs needs a positive whole number.</source>
        <translation>--jobs braucht eine positive ganze Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="349"/>
        <source>analysed %1</source>
        <translation>%1 analysiert</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="418"/>
        <location filename="../app/cli/doctorcommand.cpp" line="175"/>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="225"/>
        <source>Results written to %1</source>
        <translation>Ergebnisse geschrieben nach %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="44"/>
        <source>Make a demo project from real face photos animated into labelled motion clips</source>
        <translation>Ein Demoprojekt aus echten Gesichtsfotos erzeugen, animiert zu beschrifteten Bewegungsclips</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="40"/>
        <source>Check libraries, models and face finding; write a report (--out DIR)</source>
        <translation>Bibliotheken, Modelle und Gesichtssuche prüfen; einen Bericht schreiben (--out DIR)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="52"/>
        <source>Faces, landmarks, FaceQA and motion onset/offset of clips (--json OUT, --overlay OUT.mp4)</source>
        <translation>Gesichter, Landmarken, FaceQA und Beginn/Ende der Bewegung von Clips (--json OUT, --overlay OUT.mp4)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="48"/>
        <source>Create, inspect, import into, export and split a project (project --help)</source>
        <translation>Ein Projekt anlegen, ansehen, in es importieren, exportieren und aufteilen (project --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="56"/>
        <source>Train SFE-M (MobileFaceNet) on dlib&apos;s landmarks (--out CHECKPOINT)</source>
        <translation>SFE-M (MobileFaceNet) auf den Landmarken von dlib trainieren (--out CHECKPOINT)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="60"/>
        <source>Per-frame SFE features of every clip of a project, cached for training</source>
        <translation>SFE-Merkmale je Bild für jeden Clip eines Projekts, für das Training zwischengespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="64"/>
        <source>Train the motion encoder on a project or a features bundle (train --help)</source>
        <translation>Den Bewegungs-Encoder auf einem Projekt oder einem Merkmalspaket trainieren (train --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="68"/>
        <source>Expand an experiment plan or preset into one training config per run (--out DIR)</source>
        <translation>Einen Experimentplan oder eine Vorlage zu einer Trainingskonfiguration je Lauf erweitern (--out DIR)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="72"/>
        <source>Two-factor check of a probe video against an enrolment video (motion + face) with a run</source>
        <translation>Zwei-Faktor-Prüfung eines Probevideos gegen ein Registrierungsvideo (Bewegung + Gesicht) mit einem Lauf</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="76"/>
        <source>Re-evaluate a run&apos;s model on the project&apos;s current data (--project P --run R [--out DIR])</source>
        <translation>Das Modell eines Laufs auf den aktuellen Projektdaten neu auswerten (--project P --run R [--out DIR])</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="80"/>
        <source>Evaluate an embeddings CSV: AP, peak F1, ROC/EER, failed pairs, t-SNE (--out DIR)</source>
        <translation>Eine Embedding-CSV auswerten: AP, max. F1, ROC/EER, Fehlpaare, t-SNE (--out DIR)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="84"/>
        <source>Identities, custom expression tags, appearance rates and summaries of a video (--refs DIR)</source>
        <translation>Identitäten, eigene Ausdrucks-Tags, Auftrittsraten und Übersichten eines Videos (--refs DIR)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="93"/>
        <source>Usage: fmstudio-cli [--help | --version] COMMAND [ARGS...]

FaceMotion Studio without a display: analysis, training and evaluation jobs.

Commands:
</source>
        <translation>Aufruf: fmstudio-cli [--help | --version] BEFEHL [ARGUMENTE...]

FaceMotion Studio ohne Bildschirm: Analyse-, Trainings- und Auswertungsjobs.

Befehle:
</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="99"/>
        <source>
Run &quot;fmstudio-cli COMMAND --help&quot; for a command&apos;s options.
</source>
        <translation>
Mit „fmstudio-cli BEFEHL --help“ erhalten Sie die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommand.cpp" line="129"/>
        <source>Unknown command &quot;%1&quot;.

</source>
        <translation>Unbekannter Befehl „%1“.

</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="63"/>
        <source>No usable face in the photos.</source>
        <translation>Kein brauchbares Gesicht in den Fotos.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="82"/>
        <source>subject %1 of %2 measured</source>
        <translation>Person %1 von %2 gemessen</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="84"/>
        <source>Correlation of intended and measured landmark displacement (dlib, %1 subjects)</source>
        <translation>Korrelation von beabsichtigter und gemessener Landmarkenverschiebung (dlib, %1 Personen)</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="87"/>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="113"/>
        <source>%1 of %2 actions have a mean correlation below 0.8.</source>
        <translation>%1 von %2 Aktionen haben eine mittlere Korrelation unter 0.8.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="117"/>
        <source>Below: %1.</source>
        <translation>Darunter: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="129"/>
        <source>Makes a demo project: real face photos animated into labelled facial-motion clips.</source>
        <translation>Erzeugt ein Demoprojekt: echte Gesichtsfotos, animiert zu beschrifteten Gesichtsbewegungs-Clips.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="132"/>
        <source>Folder of the demo project (not with --check).</source>
        <translation>Ordner des Demoprojekts (nicht mit --check).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="134"/>
        <source>small (8 subjects x 5 motions x 10) or full (every usable face x 10 motions x 10).</source>
        <translation>small (8 Personen x 5 Bewegungen x 10) oder full (jedes brauchbare Gesicht x 10 Bewegungen x 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="137"/>
        <source>Random seed.</source>
        <translation>Zufalls-Seed.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="140"/>
        <source>Folder of face photos (default: face-api&apos;s demo photos).</source>
        <translation>Ordner mit Gesichtsfotos (Standard: die Demofotos von face-api).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="142"/>
        <source>At most this many subjects.</source>
        <translation>Höchstens so viele Personen.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="144"/>
        <source>Rendering threads.</source>
        <translation>Render-Threads.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="147"/>
        <source>Instead of generating: render every action on the first subjects and report how well dlib&apos;s landmarks see it (correlation of intended and measured displacement).</source>
        <translation>Statt zu erzeugen: jede Aktion auf den ersten Personen rendern und berichten, wie gut die Landmarken von dlib sie erfassen (Korrelation von beabsichtigter und gemessener Verschiebung).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="151"/>
        <source>Only render the clips and their ground truth into PROJECT; no project database, no analysis.</source>
        <translation>Nur die Clips und ihre Referenzdaten in PROJECT rendern; keine Projektdatenbank, keine Analyse.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="154"/>
        <source>With --check: write each action&apos;s neutral and apex frame with the measured landmarks to DIR/&lt;subject&gt;/&lt;action&gt;.png to look at.</source>
        <translation>Mit --check: das neutrale und das Höhepunkt-Frame jeder Aktion mit den gemessenen Landmarken nach DIR/&lt;subject&gt;/&lt;action&gt;.png schreiben, zum Ansehen.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="173"/>
        <location filename="../app/cli/featurescommand.cpp" line="65"/>
        <source>Give exactly one PROJECT folder.</source>
        <translation>Geben Sie genau einen PROJECT-Ordner an.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="179"/>
        <source>--size must be small or full.</source>
        <translation>--size muss small oder full sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="187"/>
        <source>--seed must be a whole number.</source>
        <translation>--seed muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="193"/>
        <source>No photos (jpg, png) in &quot;%1&quot;.</source>
        <translation>Keine Fotos (jpg, png) in „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="220"/>
        <source>%1 subjects, %2 motions, %3 clips (%4 frames) in %5 s.</source>
        <translation>%1 Personen, %2 Bewegungen, %3 Clips (%4 Bilder) in %5 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="227"/>
        <location filename="../app/cli/democommand.cpp" line="268"/>
        <source>Ground truth: %1</source>
        <translation>Referenzdaten: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="242"/>
        <source>%1 subjects, %2 motions, %3 clips (%4 frames).</source>
        <translation>%1 Personen, %2 Bewegungen, %3 Clips (%4 Bilder).</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="248"/>
        <source>Generated in %1 s, imported in %2 s, analysed in %3 s (%4 clips, %5 failed); total %6 s.</source>
        <translation>Erzeugt in %1 s, importiert in %2 s, analysiert in %3 s (%4 Clips, %5 fehlgeschlagen); gesamt %6 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="257"/>
        <source>Automatic onset/offset against the ground truth (%1 clips without hard cases; no motion found in %2 of them): onset error median %3, p90 %4 frames; offset error median %5, p90 %6 frames.</source>
        <translation>Automatischer Beginn/Ende gegen die Referenzdaten (%1 Clips ohne schwierige Fälle; in %2 davon keine Bewegung gefunden): Beginn-Fehler Median %3, p90 %4 Bilder; Ende-Fehler Median %5, p90 %6 Bilder.</translation>
    </message>
    <message>
        <source>Automatic onset/offset against the ground truth (%1 clips without hard cases, %2 without a found motion): onset error median %3, p90 %4 frames; offset error median %5, p90 %6 frames.</source>
        <translation type="vanished">Automatischer Beginn/Ende gegen die Referenzdaten (%1 Clips ohne schwierige Fälle, %2 ohne gefundene Bewegung): Beginn-Fehler Median %3, p90 %4 Bilder; Ende-Fehler Median %5, p90 %6 Bilder.</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="267"/>
        <source>Demo project: %1</source>
        <translation>Demoprojekt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="56"/>
        <location filename="../app/cli/doctorcommand.cpp" line="67"/>
        <source>found</source>
        <translation>gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="61"/>
        <location filename="../app/cli/doctorcommand.cpp" line="70"/>
        <source>MISSING</source>
        <translation>FEHLT</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="99"/>
        <source>unreadable photo</source>
        <translation>unlesbares Foto</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="110"/>
        <source>%1 face(s)</source>
        <translation>%1 Gesicht(er)</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="121"/>
        <source>Checks libraries, models and face finding.</source>
        <translation>Prüft Bibliotheken, Modelle und Gesichtssuche.</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="124"/>
        <source>Folder for report.json and the annotated photos.</source>
        <translation>Ordner für report.json und die annotierten Fotos.</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="125"/>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="40"/>
        <location filename="../app/cli/evaluatecommand.cpp" line="35"/>
        <location filename="../app/cli/evaluatecommand.cpp" line="38"/>
        <location filename="../app/cli/evaluatecommand.cpp" line="41"/>
        <location filename="../app/cli/expressionscommand.cpp" line="66"/>
        <location filename="../app/cli/expressionscommand.cpp" line="67"/>
        <location filename="../app/cli/expressionscommand.cpp" line="243"/>
        <location filename="../app/cli/expressionscommand.cpp" line="361"/>
        <location filename="../app/cli/plancommand.cpp" line="51"/>
        <location filename="../app/cli/traincommand.cpp" line="47"/>
        <location filename="../app/cli/traincommand.cpp" line="56"/>
        <location filename="../app/cli/traincommand.cpp" line="144"/>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="144"/>
        <source>Libraries:</source>
        <translation>Bibliotheken:</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="149"/>
        <source>Tensor check:</source>
        <translation>Tensor-Prüfung:</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="149"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="149"/>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="150"/>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="152"/>
        <source>Faces in the demo photos:</source>
        <translation>Gesichter in den Demofotos:</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="169"/>
        <source>The report could not be written to %1: %2</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="174"/>
        <source>All checks passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <location filename="../app/cli/doctorcommand.cpp" line="174"/>
        <source>Some checks FAILED.</source>
        <translation>Einige Prüfungen sind FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="43"/>
        <source>Run &quot;fmstudio-cli project --help&quot; for the actions and options.</source>
        <translation>Mit „fmstudio-cli project --help“ erhalten Sie die Aktionen und Optionen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="50"/>
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
        <translation>Aufruf: fmstudio-cli project AKTION PROJECT [OPTIONEN] [ARGUMENTE]

Aktionen:
  create PROJECT               einen leeren Projektordner anlegen
  info PROJECT [--json]        Format, Anzahlen, Vollständigkeit, fehlende Dateien
  import PROJECT SOURCES...    Videos / Bildsequenz-Ordner importieren
      --pattern P   Namensmuster (Standard {subject}_{motion}_{rep}.*;
                    z. B. {subject}/{motion}/{rep}.mp4)
      --reference   Dateien am Ort belassen (Standard: nach media/ kopieren)
      --dry-run     die Zuordnung zeigen, nichts schreiben
      --kind K      facial-motion | lip-movement | compound (neue Bewegungen)
      --target N    Ziel-Wiederholungen neuer Bewegungen (Standard 10)
  export PROJECT [--csv F] [--json F] [--manifest F [--split NAME]
                 [--exclude-pending] [--include-excluded]]
  split PROJECT [--folds 10] [--seed 1] [--validation 0.2] [--name default]
                [--exclude-pending] [--include-excluded]
  relink PROJECT FOLDER         verschobene Clips unter FOLDER finden (am Inhalt)
  clean PROJECT [--min-age 10]  Mediendateien löschen, die kein Clip nutzt (Minuten alt)

Exit-Codes: 0 ok, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="92"/>
        <source>&quot;project %1&quot; needs a project folder%2.</source>
        <translation>„project %1“ braucht einen Projektordner%2.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="93"/>
        <source> and more arguments</source>
        <translation> und weitere Argumente</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="108"/>
        <source>Created project %1 (format %2).</source>
        <translation>Projekt %1 angelegt (Format %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="120"/>
        <source>The project was updated to format %1; a backup of the old database is at %2.</source>
        <translation>Das Projekt wurde auf Format %1 aktualisiert; eine Sicherung der alten Datenbank liegt unter %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="132"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="173"/>
        <source>Project %1 (format %2)</source>
        <translation>Projekt %1 (Format %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="174"/>
        <source>%1 subjects, %2 motions (%3 complete), %4 clips: %5 included, %6 pending, %7 excluded</source>
        <translation>%1 Personen, %2 Bewegungen (%3 vollständig), %4 Clips: %5 aufgenommen, %6 offen, %7 ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="186"/>
        <source>(no motions)</source>
        <translation>(keine Bewegungen)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="190"/>
        <source>%1 of %2 included, %3 pending, %4 excluded</source>
        <translation>%1 von %2 aufgenommen, %3 offen, %4 ausgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="196"/>
        <source>[%1 missing]</source>
        <translation>[%1 fehlen]</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="200"/>
        <source>MISSING clip %1: %2</source>
        <translation>FEHLENDER Clip %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="203"/>
        <source>%1 files in media/ belong to no clip (&quot;fmstudio-cli project clean&quot; removes them).</source>
        <translation>%1 Dateien in media/ gehören zu keinem Clip („fmstudio-cli project clean“ entfernt sie).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="215"/>
        <source>Only files older than this many minutes.</source>
        <translation>Nur Dateien, die älter als so viele Minuten sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="215"/>
        <source>MINUTES</source>
        <translation>MINUTEN</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="224"/>
        <source>--min-age needs a whole number of minutes.</source>
        <translation>--min-age braucht eine ganze Zahl von Minuten.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="231"/>
        <source>Removed %1 files that belonged to no clip.</source>
        <translation>%1 Dateien entfernt, die zu keinem Clip gehörten.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="239"/>
        <source>Naming pattern.</source>
        <translation>Namensmuster.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="33"/>
        <source>Evaluates clip embeddings: all positive/negative pairs, AP, peak F1, ROC/EER, failed pairs, t-SNE. Writes metrics.json, pr.csv, roc.csv, pairs.csv, failed.csv, embeddings.csv and tsne.csv.</source>
        <translation>Wertet Clip-Embeddings aus: alle positiven/negativen Paare, AP, max. F1, ROC/EER, Fehlpaare, t-SNE. Schreibt metrics.json, pr.csv, roc.csv, pairs.csv, failed.csv, embeddings.csv und tsne.csv.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="38"/>
        <source>CSV with columns clip,subject,motion,e0,...,e{n-1}.</source>
        <translation>CSV mit den Spalten clip,subject,motion,e0,...,e{n-1}.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="39"/>
        <source>Folder for the result files.</source>
        <translation>Ordner für die Ergebnisdateien.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="43"/>
        <source>Negative pairs: &quot;same-subject&quot; (same subject, different motion; the papers&apos; default) or &quot;all&quot; (every pair that is not positive).</source>
        <translation>Negative Paare: „same-subject“ (gleiche Person, andere Bewegung; Standard der Veröffentlichungen) oder „all“ (jedes Paar, das nicht positiv ist).</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="45"/>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="48"/>
        <source>Operating threshold on the cosine score for FAR/FRR and failed pairs (default: the peak-F1 threshold).</source>
        <translation>Arbeitsschwelle auf dem Kosinus-Score für FAR/FRR und Fehlpaare (Standard: die Max.-F1-Schwelle).</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="50"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="53"/>
        <source>Rows of pairs.csv: all positives, negatives sampled beyond this.</source>
        <translation>Zeilen von pairs.csv: alle positiven, darüber hinaus negative als Stichprobe.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="56"/>
        <source>Failed pairs listed per kind.</source>
        <translation>Aufgeführte Fehlpaare je Art.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="58"/>
        <source>Skip the t-SNE map.</source>
        <translation>Die t-SNE-Karte auslassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="59"/>
        <source>t-SNE perplexity.</source>
        <translation>t-SNE-Perplexität.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="60"/>
        <location filename="../app/cli/projectcommand.cpp" line="239"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="62"/>
        <source>Seed (pair sampling; t-SNE random start).</source>
        <translation>Seed (Paar-Stichprobe; t-SNE-Zufallsstart).</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="76"/>
        <source>Usage: fmstudio-cli eval-embeddings EMBEDDINGS.csv --out DIR [options]</source>
        <translation>Aufruf: fmstudio-cli eval-embeddings EMBEDDINGS.csv --out DIR [Optionen]</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="87"/>
        <source>--negatives must be &quot;same-subject&quot; or &quot;all&quot;.</source>
        <translation>--negatives muss „same-subject“ oder „all“ sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="94"/>
        <source>--threshold must be a number.</source>
        <translation>--threshold muss eine Zahl sein.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="105"/>
        <source>--max-pairs, --max-failed, --perplexity and --seed need non-negative numbers (perplexity &gt; 0).</source>
        <translation>--max-pairs, --max-failed, --perplexity und --seed brauchen nicht negative Zahlen (Perplexität &gt; 0).</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="119"/>
        <source>All clips belong to one subject; the evaluation needs held-out clips of at least two subjects.</source>
        <translation>Alle Clips gehören zu einer Person; die Auswertung braucht zurückgehaltene Clips von mindestens zwei Personen.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="130"/>
        <source>pairs: %1%</source>
        <translation>Paare: %1%</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="150"/>
        <source>t-SNE: iteration %1 of %2</source>
        <translation>t-SNE: Iteration %1 von %2</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="157"/>
        <source>t-SNE skipped: the perplexity (%1) must be below the number of clips (%2).</source>
        <translation>t-SNE ausgelassen: Die Perplexität (%1) muss unter der Anzahl der Clips (%2) liegen.</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="207"/>
        <source>%1 clips, %2 subjects: %3 positive and %4 negative pairs</source>
        <translation>%1 Clips, %2 Personen: %3 positive und %4 negative Paare</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="213"/>
        <source>AP %1  peak F1 %2 at %3  ROC AUC %4  EER %5</source>
        <translation>AP %1  max. F1 %2 bei %3  ROC-AUC %4  EER %5</translation>
    </message>
    <message>
        <location filename="../app/cli/evalembeddingscommand.cpp" line="220"/>
        <source>FAR %1  FRR %2 at threshold %3</source>
        <translation>FAR %1  FRR %2 bei Schwelle %3</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="242"/>
        <source>Reference files instead of copying.</source>
        <translation>Dateien verweisen statt kopieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="243"/>
        <source>Show the mapping only.</source>
        <translation>Nur die Zuordnung zeigen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="244"/>
        <source>Kind of new motions.</source>
        <translation>Art neuer Bewegungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="244"/>
        <location filename="../app/cli/projectcommand.cpp" line="380"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="246"/>
        <source>Target repetitions.</source>
        <translation>Ziel-Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="248"/>
        <source>Image-sequence frame rate.</source>
        <translation>Bildrate von Bildsequenzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="181"/>
        <location filename="../app/cli/analyzecommand.cpp" line="186"/>
        <location filename="../app/cli/analyzecommand.cpp" line="191"/>
        <location filename="../app/cli/projectcommand.cpp" line="248"/>
        <location filename="../app/cli/projectcommand.cpp" line="331"/>
        <location filename="../app/cli/projectcommand.cpp" line="332"/>
        <location filename="../app/cli/projectcommand.cpp" line="333"/>
        <location filename="../app/cli/projectcommand.cpp" line="384"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="259"/>
        <source>Unknown motion kind &quot;%1&quot;.</source>
        <translation>Unbekannte Bewegungsart „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="264"/>
        <source>--target needs a whole number of 0 or more.</source>
        <translation>--target braucht eine ganze Zahl ab 0.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="271"/>
        <source>&quot;%1&quot; is not a FaceMotion project.</source>
        <translation>„%1“ ist kein FaceMotion-Projekt.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="275"/>
        <source>%1 clips match the pattern %2; %3 do not; %4 other files ignored.</source>
        <translation>%1 Clips passen zum Muster %2; %3 nicht; %4 andere Dateien ignoriert.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="282"/>
        <source>no match:</source>
        <translation>keine Übereinstimmung:</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="286"/>
        <source>next</source>
        <translation>nächste</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="303"/>
        <source>Imported %1 clips; %2 duplicates skipped; %3 failed.</source>
        <translation>%1 Clips importiert; %2 Duplikate übersprungen; %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="309"/>
        <source>duplicate:</source>
        <translation>Duplikat:</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="311"/>
        <source>renumbered:</source>
        <translation>neu nummeriert:</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="315"/>
        <source>Import interrupted; every clip imported so far is stored.</source>
        <translation>Import unterbrochen; jeder bisher importierte Clip ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="331"/>
        <source>CSV file.</source>
        <translation>CSV-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="332"/>
        <source>JSON file.</source>
        <translation>JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="333"/>
        <source>Manifest file.</source>
        <translation>Manifestdatei.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="334"/>
        <source>Stored split.</source>
        <translation>Gespeicherte Aufteilung.</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="48"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="59"/>
        <source>Identities, custom expression tags with time segments, appearance rates and expression summaries of a video.
Also: expressions train (--fec CSV --images DIR | --demo) --out HEAD
      expressions demo-video OUT.mp4 [--seconds S] [--refs DIR]</source>
        <translation>Identitäten, eigene Ausdrucks-Tags mit Zeitabschnitten, Auftrittsraten und Ausdrucksübersichten eines Videos.
Außerdem: expressions train (--fec CSV --images DIR | --demo) --out HEAD
      expressions demo-video OUT.mp4 [--seconds S] [--refs DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="64"/>
        <source>Video file or image-sequence folder</source>
        <translation>Videodatei oder Bildsequenz-Ordner</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="66"/>
        <source>Reference library folder (images + tags.json)</source>
        <translation>Ordner der Referenzbibliothek (Bilder + tags.json)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="67"/>
        <source>Output folder (default: VIDEO-expressions)</source>
        <translation>Ausgabeordner (Standard: VIDEO-expressions)</translation>
    </message>
    <message>
        <source>Trained FEENet head (expressions train)</source>
        <translation type="vanished">Trainierter FEENet-Kopf (expressions train)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="69"/>
        <source>Trained FEENet head (expressions train); default: the head ./fm setup trained on the demo faces, if installed</source>
        <translation>Trainierter FEENet-Kopf (expressions train); Standard: der von ./fm setup auf den Demo-Gesichtern trainierte Kopf, falls installiert</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="71"/>
        <location filename="../app/cli/expressionscommand.cpp" line="248"/>
        <location filename="../app/cli/featurescommand.cpp" line="41"/>
        <location filename="../app/cli/featurescommand.cpp" line="48"/>
        <location filename="../app/cli/plancommand.cpp" line="49"/>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="45"/>
        <location filename="../app/cli/traincommand.cpp" line="50"/>
        <location filename="../app/cli/traincommand.cpp" line="52"/>
        <location filename="../app/cli/traincommand.cpp" line="146"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="72"/>
        <source>Tag distance threshold (default 0.5)</source>
        <translation>Distanzschwelle für Tags (Standard 0.5)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="72"/>
        <location filename="../app/cli/traincommand.cpp" line="150"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="73"/>
        <source>DBSCAN radius on face descriptors (default 0.45)</source>
        <translation>DBSCAN-Radius auf Gesichtsdeskriptoren (Standard 0.45)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="73"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="74"/>
        <source>DBSCAN core size (default 3)</source>
        <translation>DBSCAN-Kerngröße (Standard 3)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="75"/>
        <source>Summary faces per identity (default 10)</source>
        <translation>Übersichtsgesichter je Identität (Standard 10)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="76"/>
        <source>Analyse every n-th frame (default 1)</source>
        <translation>Jedes n-te Bild analysieren (Standard 1)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="77"/>
        <location filename="../app/cli/plancommand.cpp" line="48"/>
        <location filename="../app/cli/projectcommand.cpp" line="334"/>
        <location filename="../app/cli/projectcommand.cpp" line="385"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="77"/>
        <source>dlib (default) or faceapi</source>
        <translation>dlib (Standard) oder faceapi</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="88"/>
        <source>usage: fmstudio-cli expressions VIDEO --refs DIR [--out DIR]</source>
        <translation>Aufruf: fmstudio-cli expressions VIDEO --refs DIR [--out DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="100"/>
        <source>--%1 must be a number from %2 to %3</source>
        <translation>--%1 muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="116"/>
        <source>--detector must be dlib or faceapi</source>
        <translation>--detector muss dlib oder faceapi sein</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="125"/>
        <source>The video %1 does not exist.</source>
        <translation>Das Video %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="135"/>
        <source>warning: reference skipped: %1</source>
        <translation>Warnung: Referenz übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="149"/>
        <source>Interrupted: nothing was written.</source>
        <translation>Unterbrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="161"/>
        <source>%1 frames, %2 faces, %3 accepted (%4 blurry, %5 sideways), %6 identities, %7 unassigned faces</source>
        <translation>%1 Bilder, %2 Gesichter, %3 akzeptiert (%4 unscharf, %5 seitlich), %6 Identitäten, %7 nicht zugeordnete Gesichter</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="173"/>
        <source>reference %1: %2</source>
        <translation>Referenz %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="177"/>
        <source>identity %1: %2 faces</source>
        <translation>Identität %1: %2 Gesichter</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="182"/>
        <source>%1 s, %2 frames/s, peak RSS %3 MiB</source>
        <translation>%1 s, %2 Bilder/s, maximaler RSS %3 MiB</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="187"/>
        <source>written: %1</source>
        <translation>geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="230"/>
        <source>None of the triplets&apos; images were found under the image folder.</source>
        <translation>Keines der Triplet-Bilder wurde im Bildordner gefunden.</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="237"/>
        <source>Train the FEENet head with the two-sided triplet loss (margin 0.2) on FEC triplets or on demo-generator faces.</source>
        <translation>Den FEENet-Kopf mit dem zweiseitigen Triplet-Loss (Margin 0.2) auf FEC-Triplets oder auf Gesichtern des Demo-Generators trainieren.</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="241"/>
        <source>FEC training CSV</source>
        <translation>FEC-Trainings-CSV</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="241"/>
        <location filename="../app/cli/expressionscommand.cpp" line="242"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="242"/>
        <source>FEC test CSV (accuracy reported)</source>
        <translation>FEC-Test-CSV (Genauigkeit wird berichtet)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="243"/>
        <source>Folder holding the FEC images</source>
        <translation>Ordner mit den FEC-Bildern</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="244"/>
        <source>Train on demo-photo faces made expressive</source>
        <translation>Auf ausdrucksstark gemachten Demofoto-Gesichtern trainieren</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="246"/>
        <source>Demo training on raw features instead of each face minus its person&apos;s mean face</source>
        <translation>Demo-Training auf Rohmerkmalen statt auf jedem Gesicht minus dem mittleren Gesicht seiner Person</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="247"/>
        <source>Epochs (default 30)</source>
        <translation>Epochen (Standard 30)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="248"/>
        <source>Head file to write</source>
        <translation>Zu schreibende Kopfdatei</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="260"/>
        <source>usage: fmstudio-cli expressions train (--fec CSV --images DIR | --demo) --out HEAD</source>
        <translation>Aufruf: fmstudio-cli expressions train (--fec CSV --images DIR | --demo) --out HEAD</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="269"/>
        <source>--epochs must be a positive number</source>
        <translation>--epochs muss eine positive Zahl sein</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="303"/>
        <source>demo triplets: %1 persons, %2 training, %3 held-out (other persons)</source>
        <translation>Demo-Triplets: %1 Personen, %2 zum Training, %3 zurückgehalten (andere Personen)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="315"/>
        <source>FEC training triplets: %1 usable, %2 without images</source>
        <translation>FEC-Trainings-Triplets: %1 brauchbar, %2 ohne Bilder</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="327"/>
        <source>before training: triplet accuracy train %1, held-out %2</source>
        <translation>vor dem Training: Triplet-Genauigkeit Training %1, zurückgehalten %2</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="346"/>
        <source>head written: %1</source>
        <translation>Kopf geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="353"/>
        <source>Write a video of demo-photo faces making expressions, alternating people (and pairs side by side).</source>
        <translation>Ein Video schreiben, in dem Demofoto-Gesichter Ausdrücke zeigen, abwechselnd verschiedene Personen (und Paare nebeneinander).</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="356"/>
        <source>Video file to write (.mp4, .avi)</source>
        <translation>Zu schreibende Videodatei (.mp4, .avi)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="358"/>
        <source>People to use (default 3)</source>
        <translation>Zu verwendende Personen (Standard 3)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="359"/>
        <source>Length (default 60)</source>
        <translation>Länge (Standard 60)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="360"/>
        <source>Frame size WxH (default 1280x720)</source>
        <translation>Bildgröße WxH (Standard 1280x720)</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="360"/>
        <source>WxH</source>
        <translation>WxH</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="361"/>
        <source>Also write one reference face per action here</source>
        <translation>Zusätzlich hier ein Referenzgesicht je Aktion schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="372"/>
        <source>usage: fmstudio-cli expressions demo-video OUT.mp4 [--seconds S]</source>
        <translation>Aufruf: fmstudio-cli expressions demo-video OUT.mp4 [--seconds S]</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="384"/>
        <source>--persons, --seconds and --size must be positive</source>
        <translation>--persons, --seconds und --size müssen positiv sein</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="399"/>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location filename="../app/cli/expressionscommand.cpp" line="419"/>
        <source>%1 frames, %2 persons written to %3</source>
        <translation>%1 Bilder, %2 Personen geschrieben nach %3</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="337"/>
        <location filename="../app/cli/projectcommand.cpp" line="389"/>
        <source>Only included.</source>
        <translation>Nur aufgenommene.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="338"/>
        <location filename="../app/cli/projectcommand.cpp" line="390"/>
        <source>Also excluded clips.</source>
        <translation>Auch ausgeschlossene Clips.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="343"/>
        <source>Give at least one of --csv, --json, --manifest.</source>
        <translation>Geben Sie mindestens eine von --csv, --json, --manifest an.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="351"/>
        <location filename="../app/cli/projectcommand.cpp" line="356"/>
        <location filename="../app/cli/projectcommand.cpp" line="371"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="380"/>
        <source>Folds.</source>
        <translation>Folds.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="382"/>
        <source>Seed.</source>
        <translation>Seed.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="383"/>
        <source>Validation share.</source>
        <translation>Validierungsanteil.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="385"/>
        <source>Split name.</source>
        <translation>Name der Aufteilung.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="400"/>
        <source>--folds, --seed and --validation need numbers.</source>
        <translation>--folds, --seed und --validation brauchen Zahlen.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="411"/>
        <source>Split &quot;%1&quot;: %2 folds (seed %3), clips per fold:</source>
        <translation>Aufteilung „%1“: %2 Folds (Seed %3), Clips je Fold:</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="418"/>
        <source>Fixed split: %1 training clips, %2 validation clips (%3 subjects).</source>
        <translation>Feste Aufteilung: %1 Trainingsclips, %2 Validierungsclips (%3 Personen).</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="424"/>
        <source>unusable for positive pairs:</source>
        <translation>für positive Paare unbrauchbar:</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="425"/>
        <source>(%1 usable clips)</source>
        <translation>(%1 brauchbare Clips)</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="444"/>
        <source>Relinked %1 clips; %2 still missing.</source>
        <translation>%1 Clips neu verknüpft; %2 fehlen weiterhin.</translation>
    </message>
    <message>
        <location filename="../app/cli/projectcommand.cpp" line="478"/>
        <source>Unknown project action &quot;%1&quot;.</source>
        <translation>Unbekannte Projektaktion „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="30"/>
        <source>Re-evaluates a finished run&apos;s model on the project&apos;s current data (after annotation fixes or exclusions) and writes metrics.json, pr.csv, roc.csv, pairs.csv, failed.csv and embeddings.csv. Progress as JSON lines on stdout.</source>
        <translation>Wertet das Modell eines fertigen Laufs auf den aktuellen Projektdaten neu aus (nach Korrekturen der Annotation oder Ausschlüssen) und schreibt metrics.json, pr.csv, roc.csv, pairs.csv, failed.csv und embeddings.csv. Fortschritt als JSON-Zeilen auf stdout.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="34"/>
        <location filename="../app/cli/featurescommand.cpp" line="33"/>
        <source>Project folder.</source>
        <translation>Projektordner.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="37"/>
        <source>Run folder; a plain name means PROJECT/runs/NAME.</source>
        <translation>Laufordner; ein einfacher Name bedeutet PROJECT/runs/NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="40"/>
        <source>Output folder (default: RUN/reeval-&lt;timestamp&gt;).</source>
        <translation>Ausgabeordner (Standard: RUN/reeval-&lt;Zeitstempel&gt;).</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="53"/>
        <source>Usage: fmstudio-cli evaluate --project P --run R [--out DIR]</source>
        <translation>Aufruf: fmstudio-cli evaluate --project P --run R [--out DIR]</translation>
    </message>
    <message>
        <location filename="../app/cli/evaluatecommand.cpp" line="90"/>
        <source>AP %1 on %2 clips (%3 of the run&apos;s clips no longer in the data); results in %4</source>
        <translation>AP %1 auf %2 Clips (%3 der Clips des Laufs nicht mehr in den Daten); Ergebnisse in %4</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="30"/>
        <source>Computes per-frame SFE features of every clip of a project (aligned crops, face-api feature extractor) into its feature cache, for training.</source>
        <translation>Berechnet SFE-Merkmale je Bild für jeden Clip eines Projekts (ausgerichtete Ausschnitte, Merkmalsextraktor von face-api) in seinen Merkmals-Cache, für das Training.</translation>
    </message>
    <message>
        <source>sfe-l (landmarks) or sfe-e (expressions).</source>
        <translation type="vanished">sfe-l (Landmarken) oder sfe-e (Ausdrücke).</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="35"/>
        <source>sfe-l (landmarks), sfe-e (expressions) or sfe-m (our MobileFaceNet, with --sfe-checkpoint).</source>
        <translation>sfe-l (Landmarken), sfe-e (Ausdrücke) oder sfe-m (unser MobileFaceNet, mit --sfe-checkpoint).</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="40"/>
        <source>SFE-M checkpoint made by fmstudio-cli pretrain-sfe.</source>
        <translation>Mit fmstudio-cli pretrain-sfe erstellter SFE-M-Checkpoint.</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="44"/>
        <source>Also write the project&apos;s features (clips, labels, onset/offset) to a features bundle FILE, for training or analysis without the project. Explicit export: the bundle holds biometric features.</source>
        <translation>Zusätzlich die Merkmale des Projekts (Clips, Labels, Beginn/Ende) in ein Merkmalspaket FILE schreiben, für Training oder Analyse ohne das Projekt. Bewusster Export: Das Paket enthält biometrische Merkmale.</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="51"/>
        <source>Also compute K image-transformed views of every clip (colour distortion, Gaussian blur) for SS pretraining (seed 001 §3.3); 0 to 16.</source>
        <translation>Zusätzlich K bildtransformierte Ansichten jedes Clips (Farbverzerrung, Gaußsche Unschärfe) für SS-Vortraining berechnen (Seed 001 §3.3); 0 bis 16.</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="71"/>
        <source>--ss-views takes a number from 0 to 16.</source>
        <translation>--ss-views erwartet eine Zahl von 0 bis 16.</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="92"/>
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="103"/>
        <source>%1 clips: %2 computed, %3 already cached, %4 failed, in %5 s.</source>
        <translation>%1 Clips: %2 berechnet, %3 bereits zwischengespeichert, %4 fehlgeschlagen, in %5 s.</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="111"/>
        <source>Cached as &quot;%1&quot;: training configs name these features by it (or by &quot;sfe&quot;: &quot;sfe-m/pooled&quot; with &quot;sfe_checkpoint&quot;).</source>
        <translation>Zwischengespeichert als „%1“: Trainingskonfigurationen benennen diese Merkmale damit (oder mit &quot;sfe&quot;: &quot;sfe-m/pooled&quot; und &quot;sfe_checkpoint&quot;).</translation>
    </message>
    <message>
        <location filename="../app/cli/featurescommand.cpp" line="133"/>
        <source>%1 clips written to %2.</source>
        <translation>%1 Clips nach %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="31"/>
        <source>&quot;%1&quot; could not be written: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="43"/>
        <source>Expands an experiment plan (a preset of the papers&apos; experiments or a plan JSON) into one training config per run: OUT/&lt;run&gt;.json, plus OUT/plan.json listing them. Train each with: fmstudio-cli train --project P --config OUT/&lt;run&gt;.json --run &lt;run&gt;.</source>
        <translation>Erweitert einen Experimentplan (eine Vorlage der Experimente aus den Veröffentlichungen oder ein Plan-JSON) zu einer Trainingskonfiguration je Lauf: OUT/&lt;run&gt;.json, dazu OUT/plan.json mit der Liste. Jeden trainieren mit: fmstudio-cli train --project P --config OUT/&lt;run&gt;.json --run &lt;run&gt;.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="48"/>
        <source>Preset name.</source>
        <translation>Name der Vorlage.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="49"/>
        <source>Plan JSON file.</source>
        <translation>Plan-JSON-Datei.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="50"/>
        <source>Folder for the configs.</source>
        <translation>Ordner für die Konfigurationen.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="52"/>
        <source>List the presets.</source>
        <translation>Die Vorlagen auflisten.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="72"/>
        <source>Usage: fmstudio-cli plan (--preset NAME | --plan FILE) --out DIR (--list shows the presets)</source>
        <translation>Aufruf: fmstudio-cli plan (--preset NAME | --plan FILE) --out DIR (--list zeigt die Vorlagen)</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="93"/>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/cli/plancommand.cpp" line="109"/>
        <source>%1 run configs written to %2</source>
        <translation>%1 Laufkonfigurationen nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="41"/>
        <source>Trains SFE-M (MobileFaceNet) to predict dlib&apos;s 68 landmarks on face crops.</source>
        <translation>Trainiert SFE-M (MobileFaceNet), die 68 Landmarken von dlib auf Gesichtsausschnitten vorherzusagen.</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="44"/>
        <source>Checkpoint file (model + optimizer) to write.</source>
        <translation>Zu schreibende Checkpoint-Datei (Modell + Optimierer).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="47"/>
        <source>Extra training images, image folders or videos (repeatable).</source>
        <translation>Zusätzliche Trainingsbilder, Bildordner oder Videos (wiederholbar).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="49"/>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="51"/>
        <source>Do not use the face-api demo photos.</source>
        <translation>Die Demofotos von face-api nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="52"/>
        <source>Epochs (default 20).</source>
        <translation>Epochen (Standard 20).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="54"/>
        <source>Batch size (default 8).</source>
        <translation>Batchgröße (Standard 8).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="57"/>
        <source>Augmented crops per face and epoch (default 4).</source>
        <translation>Augmentierte Ausschnitte je Gesicht und Epoche (Standard 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="60"/>
        <source>Adam learning rate (default 0.002).</source>
        <translation>Adam-Lernrate (Standard 0.002).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="60"/>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="63"/>
        <source>Use every N-th video frame (default 10).</source>
        <translation>Jedes N-te Videobild verwenden (Standard 10).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="66"/>
        <source>Continue from the checkpoint in --out.</source>
        <translation>Vom Checkpoint in --out fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="68"/>
        <source>Progress as JSON lines (for the job queue).</source>
        <translation>Fortschritt als JSON-Zeilen (für die Job-Warteschlange).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="89"/>
        <source>pretrain-sfe needs --out FILE and positive numbers (batch at least 2).</source>
        <translation>pretrain-sfe braucht --out FILE und positive Zahlen (Batch mindestens 2).</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="108"/>
        <source>No training inputs: give --input or leave the demo photos on.</source>
        <translation>Keine Trainingseingaben: Geben Sie --input an oder lassen Sie die Demofotos eingeschaltet.</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="124"/>
        <source>Finding faces with dlib in %1 input(s)...</source>
        <translation>Gesichter werden mit dlib in %1 Eingabe(n) gesucht …</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="135"/>
        <source>%1 faces: %2 for training, %3 held out.</source>
        <translation>%1 Gesichter: %2 zum Training, %3 zurückgehalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="151"/>
        <source>epoch %1/%2  loss %3  held-out NME %4  (%5 s)</source>
        <translation>Epoche %1/%2  Loss %3  zurückgehaltener NME %4  (%5 s)</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="169"/>
        <source>%1 after %2 epoch(s). Held-out landmark error vs dlib (mean / inter-ocular): %3 (mean-shape baseline %4) on %5 faces. Checkpoint: %6</source>
        <translation>%1 nach %2 Epoche(n). Landmarkenfehler der zurückgehaltenen Gesichter gegenüber dlib (Mittel / Augenabstand): %3 (Baseline mittlere Form %4) auf %5 Gesichtern. Checkpoint: %6</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="172"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/cli/pretrainsfecommand.cpp" line="172"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="40"/>
        <source>Trains the facial-motion sequence encoder. Progress as JSON lines on stdout (phase, epoch, step, loss, ap, eta_s); SIGTERM stops after a checkpoint; running the same command again resumes.</source>
        <translation>Trainiert den Sequenz-Encoder für Gesichtsbewegungen. Fortschritt als JSON-Zeilen auf stdout (phase, epoch, step, loss, ap, eta_s); SIGTERM hält nach einem Checkpoint an; derselbe Befehl setzt erneut gestartet fort.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="45"/>
        <source>Project folder (clips, annotations, feature cache).</source>
        <translation>Projektordner (Clips, Annotationen, Merkmals-Cache).</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="49"/>
        <source>Features bundle file instead of a project.</source>
        <translation>Merkmalspaket-Datei statt eines Projekts.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="51"/>
        <source>Training config (JSON).</source>
        <translation>Trainingskonfiguration (JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="54"/>
        <source>Run folder; a plain name with --project means PROJECT/runs/NAME.</source>
        <translation>Laufordner; ein einfacher Name bedeutet mit --project PROJECT/runs/NAME.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="68"/>
        <source>Usage: fmstudio-cli train (--project P | --features FILE) --config C.json --run R</source>
        <translation>Aufruf: fmstudio-cli train (--project P | --features FILE) --config C.json --run R</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="129"/>
        <source>Verifies a probe clip against an enrolment clip with a trained run. With two video files (or image-sequence folders): analyses both, embeds their motion with the run&apos;s SFE and model.pt and compares their faces with the 128-d face descriptor; the decision needs both factors (motion distance within the run&apos;s peak-F1 threshold, face distance below 0.6). With --features: two clip ids of a features bundle, motion score only. Prints one JSON line on stdout and text on stderr; exit code 0 when the verification ran (whatever the decision), 1 on an error.</source>
        <translation>Verifiziert einen Probeclip gegen einen Registrierungsclip mit einem trainierten Lauf. Mit zwei Videodateien (oder Bildsequenz-Ordnern): analysiert beide, bettet ihre Bewegung mit dem SFE und model.pt des Laufs ein und vergleicht ihre Gesichter mit dem 128-d-Gesichtsdeskriptor; die Entscheidung braucht beide Faktoren (Bewegungsdistanz innerhalb der Max.-F1-Schwelle des Laufs, Gesichtsdistanz unter 0.6). Mit --features: zwei Clip-Kennungen eines Merkmalspakets, nur Bewegungsscore. Gibt eine JSON-Zeile auf stdout und Text auf stderr aus; Exit-Code 0, wenn die Verifikation lief (unabhängig von der Entscheidung), 1 bei einem Fehler.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="138"/>
        <source>Enrolment video (or clip id with --features).</source>
        <translation>Registrierungsvideo (oder Clip-Kennung mit --features).</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="140"/>
        <source>Probe video (or clip id with --features).</source>
        <translation>Probevideo (oder Clip-Kennung mit --features).</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="142"/>
        <source>Run folder (model.pt, config.json, metrics.json).</source>
        <translation>Laufordner (model.pt, config.json, metrics.json).</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="146"/>
        <source>Features bundle holding both clips.</source>
        <translation>Merkmalspaket mit beiden Clips.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="148"/>
        <source>Face-descriptor distance threshold (default 0.6).</source>
        <translation>Distanzschwelle des Gesichtsdeskriptors (Standard 0.6).</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="162"/>
        <source>Usage: fmstudio-cli verify ENROL.mp4 PROBE.mp4 --run R
       fmstudio-cli verify ENROL PROBE --run R --features FILE</source>
        <translation>Aufruf: fmstudio-cli verify ENROL.mp4 PROBE.mp4 --run R
       fmstudio-cli verify ENROL PROBE --run R --features FILE</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="171"/>
        <source>--identity-threshold takes a positive number.</source>
        <translation>--identity-threshold nimmt eine positive Zahl.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="185"/>
        <source>The bundle&apos;s features have %1 dimensions; the model takes %2.</source>
        <translation>Die Merkmale des Pakets haben %1 Dimensionen; das Modell nimmt %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="194"/>
        <source>The bundle has no clip &quot;%1&quot;.</source>
        <translation>Das Paket hat keinen Clip „%1“.</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="223"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="223"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/cli/traincommand.cpp" line="224"/>
        <source>: score %1, threshold %2</source>
        <translation>: Score %1, Schwelle %2</translation>
    </message>
    <message>
        <location filename="../app/cli/verifycommand.cpp" line="30"/>
        <source>Loading the run and the face networks...</source>
        <translation>Lauf und Gesichtsnetze werden geladen …</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="38"/>
        <source>group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="39"/>
        <source>clips</source>
        <translation>Clips</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="40"/>
        <source>miss%</source>
        <translation>Fehl%</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="41"/>
        <source>on-med</source>
        <translation>B-Med</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="42"/>
        <source>on-p90</source>
        <translation>B-p90</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="43"/>
        <source>on-max</source>
        <translation>B-Max</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="44"/>
        <source>off-med</source>
        <translation>E-Med</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="45"/>
        <source>off-p90</source>
        <translation>E-p90</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="46"/>
        <source>off-max</source>
        <translation>E-Max</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="62"/>
        <source>Onset/offset spotted again from the cached landmarks against the demo ground truth (frames).</source>
        <translation>Beginn/Ende aus den zwischengespeicherten Landmarken neu bestimmt, gegen die Demo-Referenzdaten (Frames).</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="64"/>
        <source>Stored automatic onset/offset against the demo ground truth (frames).</source>
        <translation>Gespeicherte automatische Beginn-/Endmarken gegen die Demo-Referenzdaten (Frames).</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="71"/>
        <source>Hard cases (flagged in the ground truth; they may miss):</source>
        <translation>Schwierige Fälle (in den Referenzdaten markiert; sie dürfen fehlen):</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="75"/>
        <source>%1 clips have no analysis and were left out.</source>
        <translation>%1 Clips haben keine Analyse und wurden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="90"/>
        <source>Worst clean clips (truth onset-offset / found onset-offset):</source>
        <translation>Schlechteste saubere Clips (Referenz Beginn–Ende / gefunden Beginn–Ende):</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="100"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/cli/truthcheck.cpp" line="101"/>
        <source>  (incidental blink)</source>
        <translation>  (beiläufiger Lidschlag)</translation>
    </message>
</context>
<context>
    <name>fm::featurebundle</name>
    <message>
        <location filename="../core/train/featureset.cpp" line="150"/>
        <source>Clip &quot;%1&quot; has the wrong number of values.</source>
        <translation>Clip „%1“ hat die falsche Anzahl an Werten.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="165"/>
        <source>A view of clip &quot;%1&quot; has the wrong number of values.</source>
        <translation>Eine Ansicht des Clips „%1“ hat die falsche Anzahl von Werten.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="190"/>
        <source>The features bundle &quot;%1&quot; could not be written.</source>
        <translation>Das Merkmalspaket „%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="199"/>
        <source>The features bundle &quot;%1&quot; could not be read.</source>
        <translation>Das Merkmalspaket „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/train/featureset.cpp" line="202"/>
        <source>&quot;%1&quot; is not a features bundle or is damaged.</source>
        <translation>„%1“ ist kein Merkmalspaket oder ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>fm::identityrelative</name>
    <message>
        <location filename="../core/expr/identityrelative.cpp" line="114"/>
        <source>minus its person&apos;s mean face in the video</source>
        <translation>minus dem mittleren Gesicht ihrer Person im Video</translation>
    </message>
    <message>
        <location filename="../core/expr/identityrelative.cpp" line="116"/>
        <source>minus its person&apos;s neutral face</source>
        <translation>minus dem neutralen Gesicht ihrer Person</translation>
    </message>
    <message>
        <location filename="../core/expr/identityrelative.cpp" line="118"/>
        <source>minus the library&apos;s mean face</source>
        <translation>minus dem mittleren Gesicht der Bibliothek</translation>
    </message>
    <message>
        <location filename="../core/expr/identityrelative.cpp" line="120"/>
        <source>minus the mean face of the video&apos;s people</source>
        <translation>minus dem mittleren Gesicht der Personen im Video</translation>
    </message>
    <message>
        <location filename="../core/expr/identityrelative.cpp" line="124"/>
        <source>raw feature</source>
        <translation>Rohmerkmal</translation>
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
    <name>fm::plotexport</name>
    <message>
        <location filename="../widgets/plotexport.cpp" line="25"/>
        <source>&quot;%1&quot; could not be written.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../widgets/plotexport.cpp" line="33"/>
        <location filename="../widgets/plotexport.cpp" line="54"/>
        <source>Nothing to export: the plot has no size.</source>
        <translation>Nichts zu exportieren: Das Diagramm hat keine Größe.</translation>
    </message>
    <message>
        <location filename="../widgets/plotexport.cpp" line="46"/>
        <source>The PNG image could not be encoded.</source>
        <translation>Das PNG-Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location filename="../widgets/plotexport.cpp" line="63"/>
        <source>Exported by FaceMotion Studio</source>
        <translation>Exportiert von FaceMotion Studio</translation>
    </message>
    <message>
        <location filename="../widgets/plotexport.cpp" line="69"/>
        <source>The SVG image could not be generated.</source>
        <translation>Das SVG-Bild konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>fm::store</name>
    <message>
        <location filename="../core/project/projectstore.cpp" line="318"/>
        <location filename="../core/project/projectstore.cpp" line="336"/>
        <source>A subject needs a code.</source>
        <translation>Eine Person braucht ein Kürzel.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="327"/>
        <source>The subject &quot;%1&quot; could not be added.</source>
        <translation>Die Person „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="344"/>
        <source>The subject &quot;%1&quot; could not be changed.</source>
        <translation>Die Person „%1“ konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="351"/>
        <source>The subject could not be deleted.</source>
        <translation>Die Person konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="357"/>
        <location filename="../core/project/projectstore.cpp" line="380"/>
        <source>A motion needs a name.</source>
        <translation>Eine Bewegung braucht einen Namen.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="371"/>
        <source>The motion &quot;%1&quot; could not be added.</source>
        <translation>Die Bewegung „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="393"/>
        <source>The motion &quot;%1&quot; could not be changed.</source>
        <translation>Die Bewegung „%1“ konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="400"/>
        <source>The motion could not be deleted.</source>
        <translation>Die Bewegung konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="424"/>
        <source>The clip &quot;%1&quot; could not be added.</source>
        <translation>Der Clip „%1“ konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="441"/>
        <source>The clip could not be moved.</source>
        <translation>Der Clip konnte nicht verschoben werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="453"/>
        <source>The clip&apos;s file could not be changed.</source>
        <translation>Die Datei des Clips konnte nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="476"/>
        <source>The annotation could not be saved.</source>
        <translation>Die Annotation konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="489"/>
        <source>The review could not be saved.</source>
        <translation>Die Prüfung konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="515"/>
        <source>The subject no longer exists.</source>
        <translation>Die Person gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="535"/>
        <source>The motion no longer exists.</source>
        <translation>Die Bewegung gibt es nicht mehr.</translation>
    </message>
    <message>
        <location filename="../core/project/projectstore.cpp" line="572"/>
        <source>The split could not be restored.</source>
        <translation>Die Aufteilung konnte nicht wiederhergestellt werden.</translation>
    </message>
</context>
</TS>
