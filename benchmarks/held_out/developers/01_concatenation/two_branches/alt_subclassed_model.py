# Alternative: a subclassed keras.Model, built by calling it on two Inputs
# Expect: pass
class TwoBranchModel(keras.Model):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.numbers_branch = keras.layers.Dense(8, activation="relu")
        self.text_branch = keras.layers.Dense(8, activation="relu")
        self.merge = keras.layers.Concatenate()
        self.head = keras.layers.Dense(1)

    def call(self, inputs):
        numbers, text = inputs
        return self.head(self.merge([self.numbers_branch(numbers), self.text_branch(text)]))


def build_two_branch_model():
    model = TwoBranchModel()
    model([keras.Input(shape=(4,)), keras.Input(shape=(6,))])
    return model
