# Wrong: Maximum where the task asks to multiply by the gate (explained by the architecture's one-change search, no table entry).
# Expect: fail "merges features and gate with Maximum where the task asks for Multiply"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Maximum()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
