# Alternative: keras.layers.concatenate / multiply functions, axis=1, gate built first
# Expect: pass
def build_gated_model():
    signal = keras.Input(shape=(20,), name="signal")
    context = keras.Input(shape=(4,), name="context")
    gate = keras.layers.Dense(6, activation="sigmoid", name="gate")(
        keras.layers.concatenate([signal, context], axis=1)
    )
    features = keras.layers.Dense(6, activation="tanh", name="features")(signal)
    return keras.Model(inputs=[signal, context], outputs=keras.layers.Dense(2)(keras.layers.multiply([gate, features])))
