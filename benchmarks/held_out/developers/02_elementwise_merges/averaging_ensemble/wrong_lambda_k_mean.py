# Misconception: Keras 2 backend K.mean in a Lambda over the stacked members
# Expect: fail
from keras import backend as K


def build_ensemble():
    inputs = keras.Input(shape=(6,))
    hidden = keras.layers.Dense(5, activation="relu")(inputs)
    network = keras.layers.Dense(4, activation="softmax")(hidden)
    linear = keras.layers.Dense(4, activation="softmax")(inputs)
    output = keras.layers.Lambda(lambda t: K.mean(K.stack(t), axis=0))([network, linear])
    return keras.Model(inputs, output)
