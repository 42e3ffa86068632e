# Misconception: the duplicate is the top written again by hand, with the settings read off the
# statement (right for Dense(4, tanh), wrong for any other top).
# Expect: fail "the duplicate was written by hand, with settings that fit one encoder only"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    document_top = keras.layers.Dense(4, activation="tanh")
    merged = keras.layers.Concatenate()([top(stem(query)), document_top(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
