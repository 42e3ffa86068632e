# Misconception: "sharing the stem" means each input gets a stem of the same kind, written anew
# (explained by check_given_used, no table entry).
# Expect: fail "the given stem is not in the model"
def build_partly_shared_model(encoder):
    _, top = encoder.layers
    query = keras.Input(shape=(8,))
    document = keras.Input(shape=(8,))
    config = top.get_config()
    del config["name"]
    document_top = keras.layers.Dense.from_config(config)
    query_stem = keras.layers.Dense(6, activation="relu")
    document_stem = keras.layers.Dense(6, activation="relu")
    merged = keras.layers.Concatenate()(
        [top(query_stem(query)), document_top(document_stem(document))]
    )
    return keras.Model([query, document], keras.layers.Dense(1, activation="sigmoid")(merged))
