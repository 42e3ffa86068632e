# Misconception: one Sequential on 10 concatenated values is the same model
# Expect: fail
def build_two_branch_model():
    return keras.Sequential([keras.Input((10,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
