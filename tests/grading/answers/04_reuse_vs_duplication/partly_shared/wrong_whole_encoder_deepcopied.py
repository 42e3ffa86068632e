# Misconception: a deep copy of the whole encoder gives a fresh top for the document (its top holds the given top's values and name) (explained from the graph Keras was building, the layers' values and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "`copy\.deepcopy\(encoder\)` copied 'top' \(Dense layer 'top'\) with its values, the same numbers in variables of its own, and with its name"
import copy


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    _, document_top = copy.deepcopy(encoder).layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    merged = keras.layers.Concatenate()([top(stem(query)), document_top(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
