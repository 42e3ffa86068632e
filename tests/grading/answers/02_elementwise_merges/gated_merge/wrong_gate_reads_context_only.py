# Misconception: the gate is read from the context alone, as in the lesson (transcription,
# not transfer: this task's gate sees both inputs).
# Expect: fail "the gate reads the context alone \(4 values\)"
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(context)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
