# Misconception: copy.deepcopy makes a fresh duplicate (it copies the values, and the name) (a held-out answer; explained from the graph Keras was building, the layers' values and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "`copy\.deepcopy\(top\)` copied 'top' \(Dense layer 'top'\) with its values.*a copy that keeps the values is an exact copy, where the task asks for a fresh duplicate"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    import copy

    top2 = copy.deepcopy(top)
    c = keras.layers.Concatenate()([top(stem(q)), top2(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
