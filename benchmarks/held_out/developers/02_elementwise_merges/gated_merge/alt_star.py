# Alternative: keras.ops.concatenate and the * operator
# Expect: pass
def build_gated_model():
    signal = keras.Input(shape=(20,)); context = keras.Input(shape=(4,))
    gate = keras.layers.Dense(6, activation="sigmoid")(keras.ops.concatenate([signal, context], axis=-1))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    return keras.Model([signal, context], keras.layers.Dense(2)(gate * features))
