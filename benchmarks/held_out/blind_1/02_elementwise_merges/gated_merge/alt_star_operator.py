# Alternative: merges with the * operator and keras.ops.concatenate
# Expect: pass
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))

    feats = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(keras.ops.concatenate([signal, context], axis=-1))
    return keras.Model([signal, context], keras.layers.Dense(2)(feats * gate))
