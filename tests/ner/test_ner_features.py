"""Word features of the CRF: normalisation, clitic stripping, neighbours, gazetteer tags."""

from __future__ import annotations

from khabar.ner.features import WordFeatures, fold, shape, sentence_items, strip_proclitics


def test_fold_unifies_spellings_the_corpora_mix():
    assert fold("إلى") == "الي"
    assert fold("الرئيسُ") == "الرييس"
    assert fold("مدينة") == "مدينه"
    assert fold("عام ٢٠١٥") == "عام 0000"
    assert fold("\u200eسوريا") == "سوريا"


def test_strip_proclitics_keeps_short_words_whole():
    assert strip_proclitics(fold("وبالرئيس")) == "رييس"
    assert strip_proclitics(fold("للاتحاد")) == "اتحاد"
    assert strip_proclitics(fold("وروسيا")) == "روسيا"
    assert strip_proclitics("بل") == "بل"  # too short to hide a clitic
    assert strip_proclitics("الا") == "الا"


def test_shape_classes():
    assert shape("بوتين") == "AR"
    assert shape("2015") == "NUM"
    assert shape("Sputnik") == "LATCAP"
    assert shape("km") == "LAT"
    assert shape("،") == "PUNC"


def test_trigger_and_cluster_features_come_from_tables():
    features = WordFeatures(cluster_table={"دمشق": "0110101101"}, trigger_table={"رييس": "PER"})
    own, neighbours, norm, _ = features.get("الرئيس")
    assert norm == "الرييس"
    assert "tr=PER" in own and "s=رييس" in own and "pre=ال" in own
    assert "+1tr=PER" in neighbours[2] and "-1tr=PER" in neighbours[1]
    own, _, _, _ = features.get("ودمشق")
    assert "c4=0110" in own and "c8=01101011" in own
    assert "c=none" in features.get("بوتين")[0]


def test_sentence_items_combine_neighbours_and_edges():
    features = WordFeatures(cluster_table={}, trigger_table={"رييس": "PER"})
    items = sentence_items(["قال", "الرئيس", "بوتين"], features)
    assert len(items) == 3
    assert "-2BOS" in items[0] and "-1BOS" in items[0] and "+1w=الرييس" in items[0]
    assert "-1tr=PER" in items[2] and "-2w=قال" in items[2] and "+1EOS" in items[2]
    assert "w-1|w=الرييس|بوتين" in items[2]
    # the cached per-word lists are not modified by building items
    assert "-1BOS" not in features.get("قال")[0]


def test_known_attributes_filter_drops_what_the_model_has_no_weight_for():
    features = WordFeatures(cluster_table={}, trigger_table={}, known={"w=دمشق", "-1w=زار", "w-1|w=زار|دمشق"})
    own, lent, _, _ = features.get("دمشق")
    assert own == ["w=دمشق"] and lent == ([], [], [], [])
    items = sentence_items(["زار", "دمشق"], features)
    assert [f for f in items[1] if "BOS" not in f and "EOS" not in f] == ["w=دمشق", "-1w=زار", "w-1|w=زار|دمشق"]


def test_gazetteer_tags_become_features_of_the_word_and_its_neighbours():
    features = WordFeatures(cluster_table={}, trigger_table={})
    items = sentence_items(["زار", "موسكو", "أمس"], features, ["O", "B-LOC", "O"])
    assert "g=B-LOC" in items[1]
    assert "g+1=B-LOC" in items[0] and "g-1=B-LOC" in items[2]
    items = sentence_items("زار الرئيس موسكو أمس الأول".split(), features, ["O", "O", "B-LOC", "O", "O"])
    assert "g+2=B-LOC" in items[0] and "g-2=B-LOC" in items[4]
    assert not any(f.startswith("g") for f in sentence_items(["زار"], features)[0])


def test_text_layer_stem_and_attached_pronoun():
    features = WordFeatures(cluster_table={}, trigger_table={}, name_table={})
    own, _, _, _ = features.get("كتابهم")
    assert "ts=كتاب" in own and "enc=هم" in own
    own, _, _, _ = features.get("والمملكة")
    assert "ts=مملكه" in own and "enc=" in own


def test_name_cues_are_features_of_the_word_and_its_neighbours():
    features = WordFeatures(cluster_table={}, trigger_table={}, name_table={"نواف": ["B-PER:hi"]})
    own, lent, _, _ = features.get("ونواف")  # looked up by the clitic-stripped form
    assert "nm=B-PER:hi" in own
    assert "-1nm=B-PER:hi" in lent[1] and "+1nm=B-PER:hi" in lent[2]
    assert not any(f.startswith("nm=") for f in features.get("قال")[0])


def test_first_word_and_words_between_quotation_marks():
    features = WordFeatures(cluster_table={}, trigger_table={}, name_table={})
    words = 'أطلق الجيش عملية « عاصفة الحزم » في اليمن'.split()
    items = sentence_items(words, features)
    assert "first" in items[0] and "first" not in items[1]
    quoted = [w for w, item in zip(words, items) if "inq" in item]
    assert quoted == ["عاصفة", "الحزم"]
    words = 'شارك في مؤتمر " الأمن الإقليمي " أمس'.split()
    quoted = [w for w, item in zip(words, sentence_items(words, features)) if "inq" in item]
    assert quoted == ["الأمن", "الإقليمي"]


def test_words_with_the_article_after_an_org_trigger_form_a_run():
    features = WordFeatures(cluster_table={}, trigger_table={"مجلس": "ORG"}, name_table={})
    words = "وقال المجلس الاقتصادي والاجتماعي العربي للتنمية أمس".split()
    items = sentence_items(words, features)
    in_run = [w for w, item in zip(words, items) if "run=ORG" in item]
    assert in_run == ["الاقتصادي", "والاجتماعي", "العربي", "للتنمية"]
    assert "head=ORG" in items[1] and "run=ORG" not in items[6]
    items = sentence_items("زار المجلس أمس".split(), features)
    assert not any(f.startswith(("run=", "head=")) for item in items for f in item)


def test_nisba_and_definiteness_profile_features():
    features = WordFeatures(cluster_table={}, trigger_table={}, name_table={},
                            nisba_set=frozenset({"اسباني", "اسبانيه"}),
                            profile_table={"نادال": "d0n2", "لاعب": "d3n3"})
    own, lent, _, _ = features.get("الإسباني")
    assert "tr=NIS" in own and "+1tr=NIS" in lent[2]
    own, lent, _, _ = features.get("نادال")
    assert "pf=d0n2" in own and "-1pd=d0" in lent[1] and "+1pd=d0" in lent[2]
    assert not any(f.startswith(("-2pd", "-2sh")) for f in lent[0])  # the adjacent words only
    assert "pf=d?n0" in features.get("كيرغيوس")[0]  # not in the news: unknown profile
    assert "pf=d3n3" in features.get("اللاعب")[0]  # looked up by the clitic-stripped form
