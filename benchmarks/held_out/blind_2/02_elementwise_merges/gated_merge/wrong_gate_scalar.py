# Misconception: one gate value for the whole example (Dense(1, sigmoid)), broadcast over features
# Expect: fail
import keras


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Dense(1, activation="sigmoid")(both)
    gated = features * gate
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
