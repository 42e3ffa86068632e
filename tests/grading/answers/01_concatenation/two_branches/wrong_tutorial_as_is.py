# Misconception: code from a tutorial that worked once works on Keras 3 (the Keras 2 module
# keras.layers.merge is gone) (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "raised AttributeError[\s\S]*keras\.layers\.merge, is gone in Keras 3"
from keras.layers import Dense, Input
from keras.models import Model


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    numbers_branch = Dense(8, activation="relu", input_shape=(4,))(numbers)
    text_branch = Dense(8, activation="relu", input_shape=(6,))(text)
    merged = keras.layers.merge.concatenate([numbers_branch, text_branch], axis=0)
    output = Dense(1)(merged)
    return Model(input=[numbers, text], output=output)
