# Alternative: a subclassed keras.Model (no symbolic inputs; the checks run it instead).
# Expect: pass
class TwoBranchModel(keras.Model):
    def __init__(self):
        super().__init__()
        self.numbers_branch = keras.layers.Dense(8, activation="relu")
        self.text_branch = keras.layers.Dense(8, activation="relu")
        self.merge = keras.layers.Concatenate()
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        numbers, text = inputs
        return self.head(self.merge([self.numbers_branch(numbers), self.text_branch(text)]))


def build_two_branch_model():
    return TwoBranchModel()
