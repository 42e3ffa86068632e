# Misconception: thought each branch keeps its input's width (Dense(4) and Dense(6)) so nothing is lost
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    a = Dense(4, activation="relu")(numbers)
    b = Dense(6, activation="relu")(text)
    merged = keras.layers.Concatenate()([a, b])
    return keras.Model([numbers, text], Dense(1)(merged))
