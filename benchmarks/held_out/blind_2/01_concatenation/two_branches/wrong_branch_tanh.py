# Misconception: misread the branch activation, used tanh like an embedding tutorial
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    a = Dense(8, activation="relu")(numbers)
    b = Dense(8, activation="tanh")(text)
    merged = keras.layers.concatenate([a, b])
    return keras.Model([numbers, text], Dense(1)(merged))
