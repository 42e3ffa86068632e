# Misconception: from_config(get_config()) is all a duplicate needs (the configuration holds
# the name, and a model refuses two layers named "top").
# Expect: fail "two layers \(or models\) in the model are both named 'top'"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    document_top = keras.layers.Dense.from_config(top.get_config())
    merged = keras.layers.Concatenate()([top(stem(query)), document_top(stem(document))])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
