# Misconception: copy.copy of the top is a new layer to train from scratch (it holds the top's values, and its name) (explained from the graph Keras was building, the layers' values and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "`shallow\(top\)` \(copy\.copy\) copied 'top' \(Dense layer 'top'\) with its values"
from copy import copy as shallow


def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    document_top = shallow(top)
    merged = keras.layers.Concatenate()([top(stem(query)), document_top(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
