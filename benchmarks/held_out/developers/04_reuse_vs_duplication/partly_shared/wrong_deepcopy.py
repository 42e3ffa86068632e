# Misconception: copy.deepcopy gives a fresh duplicate (renamed so the names differ)
# Expect: fail
import copy


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    doc_top = copy.deepcopy(top)
    doc_top.name = "doc_top"
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(q)), doc_top(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(merged))
