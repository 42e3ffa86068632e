# Alternative: keras.layers.concatenate / multiply functions, separate Activation layers
# Expect: pass
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))

    feats = keras.layers.Activation("tanh")(keras.layers.Dense(6)(signal))
    gate = keras.layers.Dense(6)(keras.layers.concatenate([signal, context]))
    gate = keras.layers.Activation("sigmoid")(gate)
    out = keras.layers.Dense(2)(keras.layers.multiply([feats, gate]))
    return keras.Model(inputs=[signal, context], outputs=out)
