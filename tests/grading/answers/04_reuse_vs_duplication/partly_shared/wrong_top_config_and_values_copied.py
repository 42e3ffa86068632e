# Misconception: from_config plus the top's values is the duplicate the task asks for (it copies the values, and keeps the name) (explained from the graph Keras was building, the layers' values and the learner's code by reuse_vs_duplication._name_clash, no table entry)
# Expect: fail "from_config and set_weights\(get_weights\(\)\) copied 'top' \(Dense layer 'top'\) with its values"
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    twin = type(top).from_config(top.get_config())
    twin.build((None, stem.units))
    twin.set_weights(top.get_weights())
    query_code = top(stem(query))
    document_code = twin(stem(document))
    merged = keras.layers.Concatenate()([query_code, document_code])
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
