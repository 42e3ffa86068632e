# Misconception: kept Model(input=..., output=...) from the Keras 2 post
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    a = Dense(8, activation="relu")(numbers)
    b = Dense(8, activation="relu")(text)
    merged = keras.layers.concatenate([a, b], axis=-1)
    return keras.Model(input=[numbers, text], output=Dense(1)(merged))
