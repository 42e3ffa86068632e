# Misconception: the gate says how much to block, so multiply by 1 - gate
# Expect: fail
def build_gated_model():
    signal = keras.Input(shape=(20,)); context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    gate = keras.layers.Dense(6, activation="sigmoid")(keras.layers.Concatenate()([signal, context]))
    return keras.Model([signal, context], keras.layers.Dense(2)(features * (1 - gate)))
