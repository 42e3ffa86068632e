# Alternative: keras.layers.deserialize of serialize with the name dropped
# Expect: pass
def build_partly_shared_model(encoder):
    stem, top = encoder.layers
    q = keras.Input(shape=(8,))
    d = keras.Input(shape=(8,))

    spec = keras.layers.serialize(top)
    spec["config"].pop("name", None)
    fresh = keras.layers.deserialize(spec)
    sq, sd = stem(q), stem(d)
    c = keras.ops.concatenate([top(sq), fresh(sd)], axis=-1)
    return keras.Model(inputs=[q, d], outputs=keras.layers.Dense(1, activation="sigmoid")(c))
