"""Each blind set's floors: the strict and aligned field accuracy it must not fall below
(tests/ingest/test_blind_sets.py checks them), with the history of each figure."""

from __future__ import annotations

from pathlib import Path

from tests.ingest import handmade_set as sets

# folder: (strict floor, aligned floor), each the figure reached now, rounded down.
# Blind runs (the honest measures): blind 20.4 % strict; blind2 51.3 / 63.4 %;
# blind3 40.9 / 62.8 %; blind4 20.7 / 42.1 %; blind5 74.4 / 82.1 %; blind6 48.1 / 74.3 %;
# blind7 55.6 / 66.3 %; blind8 54.4 / 65.8 %; blind9 54.6 / 65.5 %;
# blind10 18.2 / 50.5 % (on main bb948ce; 18.2 / 47.8 % on ff98f8d);
# blind11 59.6 / 73.4 % (on main ac7981c); blind12 38.1 / 68.1 % (on main 9705d99);
# blind13 49.6 / 68.4 % (on main 3aa4231); blind14 52.4 / 74.8 % (on main 6dea32a),
# 52.0 / 74.3 % after round fifteen (its strict floor lowered to what that round left).
# blind15 37.8 / 68.6 % (on main dc4f0a0); blind16 32.6 / 75.6 % (on main 173ce98);
# blind17 67.6 / 75.7 % (on main 7cbad0f); blind18 72.7 / 76.9 % (on main f5e691a);
# blind19 30.6 / 63.9 % (on main f5e691a; 63.4 before four hyphen joins were fixed);
# blind20 37.8 / 70.0 % (on main dcce651); blind21 45.3 / 63.1 % (on main 2cd426e);
# blind22 60.6 / 69.1 % (on main ccb565b); blind23 58.3 / 78.7 % (on main ccb565b);
# blind24 50.9 / 77.8 % (on main d5d6df7); blind25 48.8 / 71.5 % (on main d5d6df7);
# blind26 45.3 / 71.7 %, blind27 56.4 / 75.4 % (on main d5d6df7; blind27's floors are its
# figures after rounds twenty-three and twenty-four, 53.4 / 74.5 %, which it never saw);
# blind28 51.2 / 71.6 %, blind29 83.2 / 89.6 % (on main ca04e56). blind27's page 13 reads its
# legal notices as ads since round twenty-five, as docs/representation.md rules (its
# figures before that round's rules, so corrected: 58.2 / 79.8 %).
# blind30 80.5 / 88.5 %, blind31 70.4 / 86.2 % (on main 05164c6; blind31's floors are its
# figures after round twenty-five, 77.3 / 90.0 %, which it never saw). Round twenty-six
# corrected blind31 06 and 07 (a web copy's foot) and blind20 10 (a standing head) to new
# rulings of docs/representation.md.
# blind32 54.9 / 77.9 %, blind33 89.0 / 93.0 % (on main eac0eaf; blind33's floors are its
# figures after round twenty-six, 90.4 / 93.8 %, which it never saw).
# Round twenty-seven corrected blind32 and blind33 to three rulings of docs/representation.md
# (a head keeps its closing stop; a web copy's foot; a whole-line bracket is a marker): main
# 57b0b53 reads the corrected files
# 55.3 / 79.4 % and 90.8 / 94.3 %.
# blind34 56.4 / 78.1 %, blind35 70.6 / 80.5 % as first scored and 72.6 / 83.3 % after its
# author's format corrections (null for absent fields, contact values normalised), both on main
# 57b0b53; after round twenty-seven, which saw neither: 56.9 / 78.1 % and 76.3 / 85.2 %.
# Round twenty-eight corrected blind24 11 to a new ruling of docs/representation.md (a
# quotation box's group labels): main c608145 reads the corrected set 87.6 / 95.6 %.
# blind36 75.7 / 90.6 %, blind37 51.6 / 85.6 % (on main 062514e, after round twenty-seven);
# round twenty-eight, which saw neither, left both where they were.
# blind38 67.5 / 86.0 %, blind39 76.7 / 88.0 % (first runs, on main d4b2012, after round
# twenty-eight; no round has seen them).
# Round twenty-nine developed on blind19 .. blind39 and raised the floors of the sets it
# moved; blind40 and blind41 it never saw. Their figures, first runs and after the round:
# docs/ingest-blind-set.md ("Twenty-ninth round", the fortieth and forty-first sets).
# Round thirty developed on blind19 .. blind41 (docs/ingest-blind-set.md, "Thirtieth round")
# and raised the floors of the sets it moved; blind40 and blind41 are leaked sets now. It
# corrected blind20 12 to the ruling "A shipping list and a time table".
# blind42 and blind43 were written on main 468d2ed (after round twenty-nine); round thirty
# never saw them. Their figures: docs/ingest-blind-set.md (the forty-second and forty-third
# sets, and "Thirtieth round: the sets it never saw").
# Round thirty-one developed on blind19 .. blind43 and raised the floors of the sets it
# moved (docs/ingest-blind-set.md, "Thirty-first round"); it corrected blind34 06, blind36 01,
# 03, 05 and blind42 13 to written rulings.
# blind44 and blind45 were written on main c869200 (after round thirty); round thirty-one
# never saw them. Their figures: docs/ingest-blind-set.md (the forty-fourth and forty-fifth
# sets, and "Thirty-first round: the sets it never saw").
# Round thirty-two developed on blind19 .. blind45 (blind44 and blind45 leaked sets from then
# on) and raised the floors of the sets it moved (docs/ingest-blind-set.md, "Thirty-second
# round").
# blind46 and blind47 were written on main ea16ad1 (after round thirty-one); round
# thirty-two never saw them. Their figures: docs/ingest-blind-set.md (the forty-sixth and
# forty-seventh sets, and "Thirty-second round: the sets it never saw").
# blind48 and blind49 were written on main be7db8f (after round thirty-two), blind50 (pages
# outside the sets' fourteen kinds) on 00d2e08. Their figures: docs/ingest-blind-set.md (the
# forty-eighth to fiftieth sets, and "A rules freeze").
# Round thirty-three developed on blind19 .. blind50 (blind46 .. blind50 leaked sets from then
# on) and raised the floors of the sets it moved (docs/ingest-blind-set.md, "Thirty-third
# round").
# blind51 (pages outside the fourteen kinds, other than blind50's) was written on main 9e697c5
# (after round thirty-two); round thirty-three never saw it. Its figures:
# docs/ingest-blind-set.md (the fifty-first set, and "Thirty-third round: the set it never
# saw").
# blind52 .. blind55 were written blind on main b8a5aa6 (after round thirty-three, which none
# of them saw): blind52 and blind54 of the fourteen kinds, first runs 84.0 / 94.0 % and
# 85.7 / 91.3 %; blind53 and blind55 outside them (other kinds than blind50's and
# blind51's), 31.6 / 49.8 % and 26.7 / 74.5 % (docs/ingest-blind-set.md, the fifty-second to
# fifty-fifth sets, and "No round, a clue").
# Round thirty-four developed on blind50, blind51 and blind53 (other kinds), checked on
# blind19 .. blind49, and raised the floors of the three it moved (docs/ingest-blind-set.md,
# "Thirty-fourth round"); blind52, blind54 and blind55 stayed unread (blind55 27.1 / 74.9 %
# after it: "Thirty-fourth round: the sets it never saw").
# Round thirty-five developed on the fourteen kinds (blind38 .. blind49, blind52, blind54,
# with blind55 where a mechanism is shared) and raised the floors of the sets it moved
# (docs/ingest-blind-set.md, "Thirty-fifth round").
# blind56 .. blind59 were written blind on main 42d0e9e (after round thirty-four) and kept
# off main until round thirty-five had merged: blind56 and blind58 of the fourteen kinds,
# first runs 71.0 / 90.0 % and 70.4 / 85.9 %, after the round 71.0 / 90.3 % and 70.6 / 86.6 %;
# blind57 and blind59 outside them, 43.0 / 72.0 % and 60.6 / 72.2 %, unmoved by the round
# (docs/ingest-blind-set.md, the fifty-sixth to fifty-ninth sets, and "Thirty-fifth round:
# the sets it never saw").
# Round thirty-six developed on the boundaries of items (blind38 .. blind59) and raised the
# floors of the sets it moved (docs/ingest-blind-set.md, "Thirty-sixth round").
# Round thirty-seven developed on the other kinds (blind57 and blind59 first, then blind50,
# blind51, blind53, blind55), checked on every set, and raised the floors of the sets it
# moved, with round thirty-six (docs/ingest-blind-set.md, "Thirty-seventh round (other kinds)").
# blind60 .. blind63 were written blind on main fa1ece0 (after round thirty-five) and kept
# off main until rounds thirty-six and thirty-seven had merged: blind60 and blind62 of the
# fourteen kinds, first runs 77.9 / 91.4 % and 78.8 / 90.6 %, unmoved by the rounds; blind61
# and blind63 outside them, 23.5 / 49.5 % and 23.8 / 49.0 %, after the rounds 23.5 / 49.3 %
# and 23.8 / 51.1 % (docs/ingest-blind-set.md, the sixtieth to sixty-third sets, and "Rounds
# thirty-six and thirty-seven: the sets they never saw").
# Round thirty-eight developed on blind38 .. blind49 and blind52 (blind50, 51, 53, 55, 57
# and 59 where a mechanism was shared), measured blind54, blind56, blind58, blind60 and
# blind62 as a holdout by their totals only, and raised the floors of the sets it moved
# (docs/ingest-blind-set.md, "Thirty-eighth round (structure, with a holdout)").
# blind64 and blind65 were written blind on main fea5f84 (after round thirty-seven) and kept
# off main until round thirty-eight had merged: first runs 73.4 / 87.8 % and 76.6 / 88.0 %,
# unmoved by it (docs/ingest-blind-set.md, "Round thirty-eight: the sets it never saw").
# Round thirty-nine developed on blind38 .. blind58 of the fourteen kinds (and blind50, 51,
# 53, 55, 57, 59 where a mechanism was shared), measured blind60 .. blind65 as a holdout by
# their totals only, and raised the floors of the sets it moved, the holdout's too
# (docs/ingest-blind-set.md, "Thirty-ninth round (structure, with a holdout)").
# Round forty developed on the other kinds (blind50, 51, 53, 55, 57, 59) and the familiar
# sets where the same mechanism failed, measured blind60 .. blind65 as a holdout by their
# totals only, and raised the floors of the sets it moved, blind61 of the holdout among them
# (docs/ingest-blind-set.md, "Fortieth round (other kinds, with a holdout)").
# blind66, blind67 (fourteen kinds) and blind68 (other kinds) were written blind on main
# 03ea817 (after round thirty-eight) and kept off main until rounds thirty-nine and forty had
# merged: first runs 80.0 / 84.5 %, 63.4 / 89.1 % and 33.9 / 58.8 %; after the two rounds
# 88.0 / 91.6 %, unmoved and 34.0 / 59.9 % (docs/ingest-blind-set.md, "Rounds thirty-nine
# and forty: the sets they never saw"). Their floors are those figures.
# Round forty-two developed on the other kinds (blind50 .. 63 of them, and the familiar sets
# where a mechanism was shared), measured blind66 .. blind68 as a holdout by their totals
# only, and raised the floors of the sets it moved, blind68 of the holdout among them
# (docs/ingest-blind-set.md, "Forty-second round (other kinds, with a holdout)").
# Round forty-one developed on the fourteen kinds (blind38 .. blind49, 52, 54, 56, 58, 60,
# 62, 64, 65, with blind50, 51, 53, 55, 57, 59, 61, 63 where a mechanism was shared),
# measured blind66 .. blind68 as a holdout by their totals only (unmoved), and raised the
# floors of the sets it moved (docs/ingest-blind-set.md, "Forty-first round (structure,
# with a holdout)").
# blind72, blind73 (fourteen kinds) and blind74 (other kinds) were written blind on main
# b6e2509a and kept off main until rounds forty-one and forty-two had merged: first runs
# 41.4 / 66.5 %, 49.3 / 69.0 % and 23.0 / 62.0 % (aligned 61.99 %); the two rounds did not
# move the first two (docs/ingest-blind-set.md, "Rounds forty-one and forty-two: the sets
# they never saw"). Their floors are the figures on main after the rounds.
# Round forty-three developed on blind38 .. blind65, both kinds together, measured blind66,
# 67, 72, 73 (fourteen kinds) and blind68, 74 (other kinds) as a holdout by their totals only,
# and raised the floors of the sets that rose, the holdout's among them (docs/ingest-blind-set.md,
# "Forty-third round (both kinds, with a holdout)"). blind68's strict figure fell, 38.5 -> 34.0 %
# (one page's items miscounted; its aligned figure rose, 61.0 -> 62.4 %): the lead lowered
# that floor to the figure after the round rather than tune a rule on a holdout page.
# blind75, blind76 (fourteen kinds, in sections and habits of print no earlier description
# names) and blind77 (other kinds) were written blind on main 126193ad, blind78 (typical pages
# of the fourteen kinds, each its paper's ordinary day's page) on b4cfae0d, and kept off main
# until round forty-three had merged: first runs 8.4 / 37.5 %, 40.8 / 61.4 %, 15.8 / 63.4 %
# and 69.4 / 89.4 %; after the round 15.4 / 40.7 %, 40.8 / 63.9 %, unmoved and unmoved
# (docs/ingest-blind-set.md, the seventy-fifth to seventy-eighth sets, and "Round forty-three:
# the sets it never saw"). Their floors are the figures after the round.
# blind79 (typical pages of the fourteen kinds, other papers and subjects than blind78's) was
# written blind on main 5aa95e2f and run on it: first run 66.5 / 88.7 %, 66.5 / 88.8 % after
# one plain format mistake of its JSON was corrected (docs/ingest-blind-set.md, the
# seventy-ninth set). Its floors are that figure.
# blind80 (typical pages of the fourteen kinds) was written blind on main 5aa95e2f (after round
# forty-three) and kept off main while round forty-four was written: first run 63.6 / 87.2 %
# (docs/ingest-blind-set.md, the eightieth set). Its floors are that run's figures.
# blind81 (typical pages of the fourteen kinds, each its paper's ordinary day's page) was
# written blind on main 5aa95e2f and kept off main while the next rounds were written: first
# run 72.7 / 83.3 % (docs/ingest-blind-set.md, the eighty-first set). Its floors are that run.
# Round forty-four developed on blind38 .. blind74, both kinds, measured blind75, 76, 78 and
# blind77 as a holdout by their totals only (unmoved), and raised the floors of the sets that
# rose: blind60, 62, 66, 72 and 73 (docs/ingest-blind-set.md, "Forty-fourth round (both kinds,
# with a holdout)").
# blind82 (typical pages of the fourteen kinds, each its paper's ordinary day's page, other papers
# and subjects than blind78 .. blind81's) was written blind on main 805c8e7c (after round
# forty-four) and kept off main while the next rounds were written: first run 46.9 / 76.4 %
# (docs/ingest-blind-set.md, the eighty-second set). Its floors are that run.
# blind83 (typical pages of the fourteen kinds, papers and subjects other than blind78 ..
# blind81's) was written blind on main 805c8e7c (after round forty-four) and kept off main while
# the next rounds were written: first run 50.8 / 80.6 % (docs/ingest-blind-set.md, the
# eighty-third set). Its floors are that run's figures.
# blind84 (typical pages of the fourteen kinds, each its paper's ordinary day's page) was written
# blind on main 805c8e7c (after round forty-four) and kept off main while the next rounds were
# written: first run 45.6 / 73.4 % (docs/ingest-blind-set.md, the eighty-fourth set). Its floors
# are that run.
# Round forty-five ruled on a box under a label and on a breadcrumb (blind20, 48 and 73
# corrected), read a jump line's page spelled out, and raised the floors of the development
# sets that rose: blind20, 48, 79, 80 and 81 (docs/ingest-blind-set.md, "Forty-fifth round").
# blind85 (typical pages of the fourteen kinds, papers and subjects other than blind78 ..
# blind84's) was written blind on main 55775376 and run on it once: first run 56.2 / 82.3 %
# (docs/ingest-blind-set.md, the eighty-fifth set). Its floors are that run.
# blind86 (typical pages of the fourteen kinds, each its paper's ordinary day's page, papers and
# subjects of its own) was written blind on main 55775376 and run on it: first run 71.1 / 81.7 %,
# 71.2 / 81.8 % after one plain format mistake of its JSON was corrected (docs/ingest-blind-set.md,
# the eighty-sixth set). Its floors are that figure.
# Round forty-six read a justified Korean column set tight by its width in cells and raised
# the floors of the sets that rose: blind74, 82, 83 and 84 (docs/ingest-blind-set.md,
# "Forty-sixth round (Korean text set tight)").
# At the end of stop 36 (the lexicon of nouns and rounds 45 and 46 merged) the floors of
# blind79, 81, 82 and 86 were raised to their figures then.
# blind87 (typical pages of the fourteen kinds, each set as its source gives it, papers and subjects
# of its own) was written blind on main b1656764 and kept off main while the next rounds were
# written: first run 65.1 / 86.4 % (docs/ingest-blind-set.md, the eighty-seventh set). Its floors
# are that run.
# blind88 (typical pages of the fourteen kinds set tight, no blank line anywhere, papers and
# subjects of its own) was written blind on main b1656764 and run on it: first run 53.5 / 81.4 %,
# 53.6 / 81.5 % after one plain format mistake of its JSON was corrected (docs/ingest-blind-set.md,
# the eighty-eighth set). Its floors are that figure.
# blind89 (typical pages of the fourteen kinds, each set as its source gives it, papers and
# subjects of its own) was written blind on main b1656764 and kept off main while the next rounds
# were written: first run 63.6 / 88.8 % (docs/ingest-blind-set.md, the eighty-ninth set). Its
# floors are that run.
# Round forty-seven (boundaries in text set tight: heads over a justified column, a page's
# last ad cut short, a jump line ending its story's part) raised the floors of the
# development sets that rose: blind45, 80, 82, 83 and 84 (docs/ingest-blind-set.md,
# "Forty-seventh round (boundaries in text set tight)").
# Joins in Korean columns set tight (a full line of a justified column torn mid-word joins the
# next) raised blind89's floors, which had stayed at its first run, to its figures after it; the
# other sets that rose (blind80, 82) moved less than a hundredth (docs/ingest-blind-set.md,
# "Joins in Korean columns set tight").
# Round forty-eight read a caption wrapped over its column's lines, a caption telling a photo's
# moment set apart, and a pointer to another page as a paragraph, and raised the floors of the
# development sets that rose: blind26, 79, 80 and 81 (docs/ingest-blind-set.md, "Forty-eighth
# round (kinds of blocks on typical pages)").
# Rounds forty-seven and forty-eight merged together (stop 37): blind80's page 01 is read as
# round forty-seven reads it (aligned 24 of 37, its items one short), so the set stands at
# 64.8 / 89.5 %, under round forty-eight's own 67.0 % strict and above both rounds' aligned:
# its floor is the merged figure. blind86, a holdout of both rounds, fell from 71.7 to 69.8 %
# strict while its aligned figure rose from 82.7 to 84.1 % (a page's items miscounted by
# round forty-seven's rules, not opened): its strict floor was lowered to that figure.
# Round forty-nine read a web copy's head whose reporter's stamp ('기자명 NAME 기자   입력 …')
# stands apart under the headline, and raised the floors of the development sets that rose:
# blind82, 83, 87, 88 and 89 (docs/ingest-blind-set.md, "Forty-ninth round (typical sets'
# first-run misses)").
# At the end of stop 37 (rounds forty-seven to forty-nine and the joins merged) the floors of
# blind78, 80 - 83 and 85 - 89 were raised to their figures then.
# blind90 (typical pages of the fourteen kinds, each set as its source gives it, papers and subjects
# of its own) was written blind on main 491c8bcc and kept off main while the next rounds were
# written: first run 64.6 / 86.9 % (docs/ingest-blind-set.md, the ninetieth set). Its floors are
# that run.
# blind91 (typical pages of the fourteen kinds, each set as its source gives it, wrapped per
# block, papers and subjects of its own) was written blind on main 491c8bcc and kept off main while
# the next rounds were written: first run 64.1 / 84.4 % (docs/ingest-blind-set.md, the ninety-first
# set). Its floors are that run.
# blind92 (typical pages of the fourteen kinds, each set as its source gives it, wrapped per
# block by printed width, papers and subjects of its own) was written blind on main 48ca8db6 and
# kept off main while the next rounds were written: first run 62.8 / 85.9 %
# (docs/ingest-blind-set.md, the ninety-second set). Its floors are that run.
# Stop 39 corrected blind92 02 and 03 to the ruling "Markers that only carry structure" (a box
# title in brackets enclosing its whole line, `[지역 단신]`, reads without them): the first run's
# rules read the corrected files 63.4 / 86.4 %; its floors stay that first run.
# blind93 (typical pages of the fourteen kinds, its three Korean daily pages laid out with Typst
# and taken as a PDF-to-text extraction gives them, papers and subjects of its own) was written
# blind on main ed1b40bc and kept off main while the next rounds were written: first run 66.5 /
# 86.9 % (docs/ingest-blind-set.md, the ninety-third set). Its floors are that run.
# blind94 (typical pages of the fourteen kinds, its three Korean daily pages laid out with Typst
# and taken as a PDF-to-text extraction gives them, papers and subjects of its own) was written
# blind on main c6cd1d66 and kept off main while the next rounds were written: first run 72.1 /
# 87.5 %, 72.3 / 87.7 % after one plain mistake of its JSON was corrected (a paper's name on a
# folio that prints none; docs/ingest-blind-set.md, the ninety-fourth set). Its floors are that.
# blind95 (typical pages of the fourteen kinds, its three Korean daily pages laid out with Typst
# and taken as a PDF-to-text extraction gives them, papers and subjects of its own) was written
# blind on main a54610ed and kept off main while the next rounds were written: first run 66.2 /
# 85.3 % (docs/ingest-blind-set.md, the ninety-fifth set). Its floors are that run.
# blind96 (typical pages of the fourteen kinds, its three Korean daily pages laid out with Typst
# and taken as a PDF-to-text extraction gives them, papers and subjects of its own) was written
# blind on main 3bcad8c6 and kept off main while the next rounds were written: first run 85.9 /
# 94.1 % (docs/ingest-blind-set.md, the ninety-sixth set). Its floors are that run.
# blind97 (typical pages of the fourteen kinds, its three Korean daily pages laid out with Typst
# and taken as a PDF-to-text extraction gives them, longer pages than blind96's) was written blind
# on main 6251b882: first run 68.9 / 89.9 % (docs/ingest-blind-set.md, the ninety-seventh set).
# Its floors are that run.
# Round fifty-one (joins after a closing bracket or quote, and of a number torn from its
# counter at a full line) raised blind72's aligned floor, the one development set whose
# truncated figure rose (docs/ingest-blind-set.md, "Fifty-first round (text with no blank line)").
# Round fifty (web copies' heads in more shapes, a rates notice's run-in head, 'By NAME,' over
# its role, title case closed by a word in lower case) raised the floors of the development sets
# that rose to their figures, truncated: blind52, 63, 73, 79, 80, 81, 83, 84, 87, 88 and 89
# (docs/ingest-blind-set.md, "Fiftieth round (typical sets, counted anew)").
# Round fifty-two (Korean pages set tight in justified columns: full lines run on, a caption
# across its photo runs on to its credit, '▲' briefs under a title opened as items) raised the
# floors of the development sets that rose: blind87, 88, 90 and 91 (docs/ingest-blind-set.md,
# "Fifty-second round (Korean columns set tight)").
# At the end of stop 38 (rounds fifty to fifty-two, their re-read and the guards merged) the
# floors of blind75, 76, 85 - 88 and 91 were raised to their figures then.
# Round fifty-four (real extraction cut into items: a story signed at its foot runs on to its
# byline on a page of torn lines) raised the floor of the development set that rose: blind88
# (docs/ingest-blind-set.md, "Fifty-fourth round (real extraction cut into items)").
# Round fifty-six (headlines and leads, continued: a head line left open by its punctuation or
# torn inside a word goes on; a lead's first line torn into the body is the lead's) raised the
# floors of the development sets that rose: blind80, 88 and 93 (docs/ingest-blind-set.md,
# "Fifty-sixth round (headlines and leads, continued)").
# Round fifty-seven (a caption over its credit read by either sentence and put back together
# where its lines were cut a unit each; folios at a page's foot) raised the floors of the
# development set whose truncated figures rose: blind93, which had stayed at its first run
# (docs/ingest-blind-set.md, "Fifty-seventh round (captions, briefs and folios of real
# extraction)").
# Round fifty-eight (captions, continued: English captions over their credits, 1910s captions
# in capitals over '—Photo by NAME.') raised the floors
# of the development sets whose truncated figures rose: blind55 and blind73
# (docs/ingest-blind-set.md, "Fifty-eighth round (captions, continued)").
# Round fifty-nine (daily pages of real extraction: the lead's first line torn under the
# byline; a head at a justified column's measure where a story may open) raised the floors
# of the development sets whose truncated figures rose: blind93 and blind94. blind94, a
# holdout until that round, became a development set with it, and that round's first rule
# was written from its page 01 (and blind93 02): its floors are no longer a blind measure
# (docs/ingest-blind-set.md, "Fifty-ninth round (daily pages of real extraction)").
# Round sixty-two (weeklies, web copies, corpora and OCR pages: a box's label in capitals set
# tight against tab rows inside a story; a web copy's buttons one a line under a credited
# outlet's stamp, or in a run opened by any button) raised the floors of the development sets
# whose truncated figures rose: blind79, 84 and 89 (docs/ingest-blind-set.md, "Sixty-second
# round (weeklies, web copies, corpora and OCR pages)").
# Round sixty-one (torn lines and head wraps: a justified column's line torn mid-word stays in
# its story; a writer's signature over a tagged title signs the column above) raised the
# floors of the development set whose truncated figures rose: blind93. blind95, a holdout
# until that round, became a development set with it, and its rules were written from its
# daily pages 01 - 03: its floors (unchanged, its truncated figures did not rise) are no
# longer a blind measure (docs/ingest-blind-set.md, "Sixty-first round (torn lines and head
# wraps)").
# Round sixty-three (keyed entries and decks: a box's keyed entries keep their heads apart; a
# head and its decks at a tight column's measure over their byline stand alone) raised the
# floors of the development sets whose truncated figures rose: blind94 and blind95, whose
# pages 02 (and blind95 01) the second rule was written from (docs/ingest-blind-set.md,
# "Sixty-third round (keyed entries and decks)").
# Round sixty-four (a firm's notice closed by its contacts at the foot of a legal weekly's
# listings is an ad; an entry at its column's measure wraps on to the unmarked line under it;
# a headline left on a particle goes on into the shorter line closing it on a predicate)
# raised the floors of the development sets whose truncated figures rose: blind79, 83, 84,
# 88, 89, 90 and 91 (blind80 and 81 rose within their truncation; docs/ingest-blind-set.md,
# "Sixty-fourth round (legal pages' feet, torn entries, head wraps)").
# Round sixty-five (lines torn inside a quotation: a column's line left inside a quotation
# the line under closes runs on; a box's line of entries torn inside its last entry keeps it
# whole; a story signed under its head is not signed again at its foot without an address; a
# site's stamp on a twelve-hour clock, a section's word with a middle dot, a ruling cited in
# brackets) raised the floors of the development sets whose truncated figures rose: blind94
# and blind96. blind96, a holdout until that round, became a development set with it, and its
# rules were written from its daily pages 01 and 02 (and its pages 04): its floors are no
# longer a blind measure (docs/ingest-blind-set.md, "Sixty-fifth round (lines torn inside a
# quotation)").
# Round sixty-six (a part's title set tight under the headline is a subhead, not the deck; a
# wire's credit in brackets is the byline; a table's unit note over its rows is the body's; a
# web stamp telling the half of the day is the masthead's; a folio's bars and counted page)
# raised the floors of the development sets whose truncated figures rose: blind72, 83, 87,
# 91 and 96 (blind38, 46, 60, 65, 73, 74, 79, 81, 88, 89, 90 and 93 rose within their
# truncation; docs/ingest-blind-set.md, "Sixty-sixth round (a body's line read as a deck)").
FLOORS: dict[Path, tuple[float, float]] = {
    sets.BLIND: (1.0, 1.0),
    sets.BLIND2: (1.0, 1.0),
    sets.BLIND3: (0.87, 0.96),
    sets.BLIND4: (0.99, 0.99),
    sets.BLIND5: (1.0, 1.0),
    sets.BLIND6: (1.0, 1.0),
    sets.BLIND7: (1.0, 1.0),
    sets.BLIND8: (1.0, 1.0),
    sets.BLIND9: (0.98, 0.98),
    sets.BLIND10: (0.81, 0.90),
    sets.BLIND11: (1.0, 1.0),
    sets.BLIND12: (0.99, 0.99),
    sets.BLIND13: (0.89, 0.96),
    sets.BLIND14: (1.0, 1.0),
    sets.BLIND15: (0.97, 0.97),
    sets.BLIND16: (0.84, 0.94),
    sets.BLIND17: (0.99, 0.99),
    sets.BLIND18: (0.99, 0.99),
    sets.BLIND19: (0.48, 0.71),
    sets.BLIND20: (0.67, 0.88),
    sets.BLIND21: (0.53, 0.87),
    sets.BLIND22: (0.87, 0.92),
    sets.BLIND23: (0.87, 0.96),
    sets.BLIND24: (0.97, 0.97),
    sets.BLIND25: (0.98, 0.98),
    sets.BLIND26: (0.92, 0.95),
    sets.BLIND27: (0.74, 0.87),
    sets.BLIND28: (0.81, 0.94),
    sets.BLIND29: (0.98, 0.98),
    sets.BLIND30: (0.89, 0.96),
    sets.BLIND31: (0.99, 0.99),
    sets.BLIND32: (0.98, 0.98),
    sets.BLIND33: (0.99, 0.99),
    sets.BLIND34: (0.92, 0.94),
    sets.BLIND35: (0.94, 0.97),
    sets.BLIND36: (0.94, 0.97),
    sets.BLIND37: (0.67, 0.91),
    sets.BLIND38: (0.96, 0.96),
    sets.BLIND39: (0.88, 0.98),
    sets.BLIND40: (0.89, 0.94),
    sets.BLIND41: (0.89, 0.97),
    sets.BLIND42: (0.99, 0.99),
    sets.BLIND43: (0.96, 0.97),
    sets.BLIND44: (0.99, 0.99),
    sets.BLIND45: (0.85, 0.95),
    sets.BLIND46: (0.85, 0.94),
    sets.BLIND47: (0.92, 0.95),
    sets.BLIND48: (0.91, 0.98),
    sets.BLIND49: (0.96, 0.96),
    sets.BLIND50: (0.62, 0.83),
    sets.BLIND51: (0.42, 0.70),
    sets.BLIND52: (0.99, 0.99),
    sets.BLIND53: (0.63, 0.87),
    sets.BLIND54: (0.98, 0.98),
    sets.BLIND55: (0.52, 0.82),
    sets.BLIND56: (0.90, 0.95),
    sets.BLIND57: (0.53, 0.79),
    sets.BLIND58: (0.96, 0.96),
    sets.BLIND59: (0.83, 0.88),
    sets.BLIND60: (0.87, 0.94),
    sets.BLIND61: (0.73, 0.79),
    sets.BLIND62: (0.93, 0.97),
    sets.BLIND63: (0.56, 0.76),
    sets.BLIND64: (0.78, 0.87),
    sets.BLIND65: (0.82, 0.89),
    sets.BLIND66: (0.89, 0.92),
    sets.BLIND67: (0.64, 0.90),
    sets.BLIND68: (0.34, 0.62),
    sets.BLIND72: (0.44, 0.69),
    sets.BLIND73: (0.55, 0.74),
    sets.BLIND74: (0.28, 0.64),
    sets.BLIND75: (0.15, 0.41),
    sets.BLIND76: (0.41, 0.63),
    sets.BLIND77: (0.15, 0.63),
    sets.BLIND78: (0.69, 0.91),
    sets.BLIND79: (0.76, 0.92),
    sets.BLIND80: (0.66, 0.91),
    sets.BLIND81: (0.78, 0.88),
    sets.BLIND82: (0.52, 0.84),
    sets.BLIND83: (0.60, 0.90),
    sets.BLIND84: (0.54, 0.79),
    sets.BLIND85: (0.57, 0.84),
    sets.BLIND86: (0.70, 0.86),
    sets.BLIND87: (0.80, 0.93),
    sets.BLIND88: (0.79, 0.92),
    sets.BLIND89: (0.78, 0.96),
    sets.BLIND90: (0.82, 0.93),
    sets.BLIND91: (0.78, 0.93),
    sets.BLIND92: (0.62, 0.85),
    sets.BLIND93: (0.78, 0.92),
    sets.BLIND94: (0.80, 0.91),
    sets.BLIND95: (0.66, 0.87),
    sets.BLIND96: (0.91, 0.96),
    sets.BLIND97: (0.68, 0.89),
}
