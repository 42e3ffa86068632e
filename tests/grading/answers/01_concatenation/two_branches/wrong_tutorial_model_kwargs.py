# Misconception: the tutorial is repaired once the merge runs; Keras 1's Model(input=, output=)
# is refused by Keras 3 (explained from Keras's own error by keras_errors, no table entry).
# Expect: fail "raised ValueError[\s\S]*inputs= and outputs= \(plural\)"
from keras.layers import Dense, Input
from keras.models import Model


def build_two_branch_model():
    numbers = Input(shape=(4,))
    text = Input(shape=(6,))
    numbers_branch = Dense(8, activation="relu")(numbers)
    text_branch = Dense(8, activation="relu")(text)
    merged = keras.layers.concatenate([numbers_branch, text_branch])
    output = Dense(1)(merged)
    return Model(input=[numbers, text], output=output)
