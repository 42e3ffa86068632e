# Misconception: the context is only for the gate; the model takes the signal alone (context built inside)
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.layers.Dense(4)(signal)
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(keras.layers.Concatenate()([signal, context]))
    return keras.Model(signal, keras.layers.Dense(2)(features * gate))
