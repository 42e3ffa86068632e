# Misconception: Keras 2's Model(input=..., output=...) keywords
# Expect: fail
from keras.layers import Dense, Input
from keras.models import Model


def build_fusion_model(merge):
    acc = Input(shape=(3,))
    gyro = Input(shape=(5,))
    mag = Input(shape=(7,))
    a = Dense(4, activation="relu")(acc)
    g = Dense(4, activation="relu")(gyro)
    m = Dense(4, activation="relu")(mag)
    return Model(input=[acc, gyro, mag], output=Dense(1)(merge([a, g, m])))
