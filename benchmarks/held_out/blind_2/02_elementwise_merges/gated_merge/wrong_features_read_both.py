# Misconception: both the features and the gate read the concatenated inputs
# Expect: fail
import keras


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    both = keras.layers.Concatenate()([signal, context])
    features = keras.layers.Dense(6, activation="tanh")(both)
    gate = keras.layers.Dense(6, activation="sigmoid")(both)
    gated = keras.layers.Multiply()([features, gate])
    return keras.Model([signal, context], keras.layers.Dense(2)(gated))
