# Misconception: compiling again with the model's own optimizer resets it for fine-tuning (it
# keeps the rate of 0.1 that trained the head) (explained from the optimizer's identity by
# grafting_networks.check_learning_rate, no table entry).
# Expect: fail "compiled again with its own optimizer \(model.optimizer\), whose rate is still"
def prepare_fine_tuning(model, extractor):
    extractor.get_layer("hidden").trainable = False
    extractor.get_layer("norm").trainable = False
    model.compile(optimizer=model.optimizer, loss="categorical_crossentropy")
    return model
