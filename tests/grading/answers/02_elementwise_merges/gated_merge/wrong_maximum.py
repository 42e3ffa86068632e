# Wrong: Maximum where the task asks to multiply by the gate (explained by structure, no table entry).
# Expect: fail "is Maximum, the task asks for Multiply"
def build_gated_model():
    signal = keras.Input(shape=(12,))
    context = keras.Input(shape=(5,))
    features = keras.layers.Dense(8, activation="tanh")(signal)
    gate = keras.layers.Dense(8, activation="sigmoid")(context)
    gated = keras.layers.Maximum()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(1)(gated))
