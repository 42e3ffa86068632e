# Misconception: used Add to "combine" the branches, since both are 8 wide
# Expect: fail
import keras
from keras.layers import Dense, Input


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    a = Dense(8, activation="relu")(numbers)
    b = Dense(8, activation="relu")(text)
    merged = keras.layers.Add()([a, b])
    return keras.Model([numbers, text], Dense(1)(merged))
