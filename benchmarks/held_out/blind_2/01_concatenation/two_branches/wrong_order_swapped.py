# Misconception: believed the order inside Concatenate does not matter
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    a = Dense(8, activation="relu")(numbers)
    b = Dense(8, activation="relu")(text)
    merged = keras.layers.Concatenate()([b, a])
    return keras.Model([numbers, text], Dense(1)(merged))
