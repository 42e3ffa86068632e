# Misconception: copy.deepcopy(top) makes a new, independent top, so it is the duplicate asked
# for (it copies the values too).
# Expect: fail "the duplicate holds the values of the given top, copied: that makes an exact copy"
import copy


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    document_top = copy.deepcopy(top)
    document_top.name = "document_top"
    merged = keras.layers.Concatenate()([top(stem(query)), document_top(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
