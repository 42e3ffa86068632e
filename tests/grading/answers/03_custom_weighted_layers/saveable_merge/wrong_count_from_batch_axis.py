# Misconception: the first number of the first shape counts the inputs (explained from the add_weight call and the shape build() received by raised.none_in_weight_shape, no table entry).
# Expect: fail "`count = input_shape\[0\]\[0\]`, is None: it is axis 0"
class WeightedMerge(keras.layers.Layer):
    def __init__(self, temperature=1.0, **kwargs):
        super().__init__(**kwargs)
        self.temperature = temperature

    def build(self, input_shape):
        count = input_shape[0][0]
        self.logits = self.add_weight(shape=(count,), initializer="zeros")

    def call(self, inputs):
        weights = keras.ops.softmax(self.logits / self.temperature)
        return sum(weights[i] * tensor for i, tensor in enumerate(inputs))

    def get_config(self):
        return {**super().get_config(), "temperature": self.temperature}


def load_merge_model(path):
    return keras.saving.load_model(path, custom_objects={"WeightedMerge": WeightedMerge})
