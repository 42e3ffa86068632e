# Alternative: from_config with a new name (the lesson's way)
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    config = top.get_config()
    config["name"] = top.name + "_document"
    fresh = type(top).from_config(config)
    c = keras.layers.Concatenate()([top(stem(q)), fresh(stem(d))])
    return keras.Model([q, d], keras.layers.Dense(1, activation="sigmoid")(c))
