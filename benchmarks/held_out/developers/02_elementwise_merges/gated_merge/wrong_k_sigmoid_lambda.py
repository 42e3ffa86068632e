# Misconception: Keras 2 backend: a Lambda with K.sigmoid on a linear Dense
# Expect: fail
from keras import backend as K


def build_gated_model():
    signal = keras.Input(shape=(20,))
    context = keras.Input(shape=(4,))
    features = keras.layers.Dense(6, activation="tanh")(signal)
    both = keras.layers.Concatenate()([signal, context])
    gate = keras.layers.Lambda(lambda t: K.sigmoid(t))(keras.layers.Dense(6)(both))
    gated = keras.layers.Multiply()([features, gate])
    output = keras.layers.Dense(2)(gated)
    return keras.Model([signal, context], output)
